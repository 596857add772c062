package dev.dockcheck.bench.pipeline;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.DecisionStage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/** Sends orders (PO, labels, ASN) to a target's topics and measures the decisions that come out. */
final class LoadRun implements AutoCloseable {

    /** Where documents go in and decisions come out: the pipeline's topics, or the relay's. */
    record Target(String name, String orders, String shipments, String labels, String decisions) {
    }

    /** Decisions per second while a burst of {@code pos} orders drains. */
    record Throughput(String name, int pos, int decisions, int expected, double seconds, int duplicates,
            Map<String, Integer> outcomes, Map<String, Double> cpuSeconds, double jitSeconds, long offsetsWritten,
            String topWritten) {
        double decisionsPerSecond() {
            return decisions / seconds;
        }

        /** The CPU time of all the processes during the burst. */
        double totalCpuSeconds() {
            return cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** The JIT compiler threads' part of it. */
        double jitShare() {
            return totalCpuSeconds() == 0 ? 0 : jitSeconds / totalCpuSeconds();
        }

        double posPerSecond() {
            return decisionsPerSecond() / 2;
        }
    }

    /** PO in (producer timestamp) to decision out (read_committed consumer), in microseconds. */
    record Latency(String name, double rate, int pos, int orderDecisions, Histogram order, Histogram shipment,
            long maxSendLagMillis) {
    }

    private final KafkaClients clients;
    private final Workload workload;
    private final KafkaProducer<String, Object> producer;
    private final KafkaProducer<String, byte[]> encodedProducer;
    private final Serializer<Object> values;
    private final Supplier<CpuSample> cpu;

    LoadRun(KafkaClients clients, Workload workload, Supplier<CpuSample> cpu) {
        this.clients = clients;
        this.cpu = cpu;
        this.workload = workload;
        this.producer = clients.producer(null);
        this.encodedProducer = clients.encodedProducer();
        this.values = clients.valueSerializer();
    }

    Throughput burst(Target target, int from, int count, Duration timeout) throws Exception {
        System.out.printf("  - %s: %d orders (PO + %d labels + ASN each) as fast as they go into %s, %s, %s%n",
                target.name(), count, workload.order(from).labels().size(), target.orders(), target.labels(),
                target.shipments());
        List<ProducerRecord<String, byte[]>> burst = encode(target, from, count);
        try (DecisionWatch watch = new DecisionWatch(clients, target.decisions(), workload.prefix())) {
            CpuSample cpuBefore = cpu.get();
            Map<String, Long> offsetsBefore = clients.endOffsets();
            long start = System.nanoTime();
            burst.forEach(encodedProducer::send);
            encodedProducer.flush();
            System.out.printf("    sent in %.1f s; waiting for %d decisions on %s%n",
                    (System.nanoTime() - start) / 1e9, 2 * count, target.decisions());
            watch.await(2 * count, timeout, target.name());
            CpuSample cpuAfter = cpu.get();
            Map<String, Double> cpuSeconds = cpuAfter.since(cpuBefore);
            Map<String, Long> written = new java.util.HashMap<>(clients.endOffsets());
            written.replaceAll((topic, end) -> end - offsetsBefore.getOrDefault(topic, 0L));
            long offsetsWritten = written.values().stream().mapToLong(Long::longValue).sum();
            String topWritten = written.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
            double seconds = (Math.max(watch.lastNanos(), start + 1) - start) / 1e9;
            var result = new Throughput(target.name(), count, watch.count(), 2 * count, seconds, watch.duplicates(),
                    watch.outcomeCounts(), cpuSeconds, cpuAfter.jitSince(cpuBefore), offsetsWritten, topWritten);
            System.out.printf("    %d of %d decisions in %.1f s: %.1f decisions/s = %.1f POs/s; %s%n", result.decisions(),
                    result.expected(), seconds, result.decisionsPerSecond(), result.posPerSecond(), watch.outcomes());
            System.out.printf("    CPU seconds meanwhile: %s; of all that, JIT compiler threads %.1f s (%.0f %%)%n", cpuSeconds,
                    result.jitSeconds(), 100 * result.jitShare());
            System.out.printf("    broker log offsets written (records + transaction markers): %d = %.1f per order; most: %s%n",
                    offsetsWritten, offsetsWritten / (double) count, topWritten);
            return result;
        }
    }

    /**
     * The burst's records, encoded with the services' serde before the clock starts: building and
     * encoding the documents is the vendors' systems' work, and on two shared cores it would take
     * CPU from what is measured.
     */
    private List<ProducerRecord<String, byte[]>> encode(Target target, int from, int count) {
        long start = System.nanoTime();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            Workload.Order o = workload.order(n);
            records.add(encoded(target.orders(), o.po().getPurchaseOrderNumber(), o.po()));
            o.labels().forEach(label -> records.add(encoded(target.labels(), label.getSscc(), label)));
            records.add(encoded(target.shipments(), o.asn().getShipmentIdentifier(), o.asn()));
        }
        System.out.printf("    %d records encoded beforehand in %.1f s (not measured)%n", records.size(),
                (System.nanoTime() - start) / 1e9);
        return records;
    }

    private ProducerRecord<String, byte[]> encoded(String topic, String key, Object value) {
        return new ProducerRecord<>(topic, key, values.serialize(topic, value));
    }

    Latency paced(Target target, int from, double rate, Duration duration, Duration drain) throws InterruptedException {
        int count = (int) Math.max(1, Math.round(rate * duration.toSeconds()));
        System.out.printf("  - %s: %d orders at %.1f POs/s for %d s into %s (latency PO in -> decision out on %s)%n",
                target.name(), count, rate, duration.toSeconds(), target.orders(), target.decisions());
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Histogram order = new Histogram(3_600_000_000L, 3);
        Histogram shipment = new Histogram(3_600_000_000L, 3);
        long maxLag = 0;
        try (DecisionWatch watch = new DecisionWatch(clients, target.decisions(), workload.prefix())) {
            watch.onDecision((ApprovalDecided d, Long received) -> {
                Long sent = sentAt.get(d.getPoNumber());
                if (sent != null) {
                    (d.getStage() == DecisionStage.ORDER ? order : shipment).recordValue(Math.max(0, received - sent) * 1_000);
                }
            });
            long start = System.nanoTime();
            long intervalNanos = (long) (1e9 / rate);
            for (int i = 0; i < count; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else {
                    maxLag = Math.max(maxLag, -wait / 1_000_000);
                }
                Workload.Order o = workload.order(from + i);
                long now = System.currentTimeMillis();
                sentAt.put(o.po().getPurchaseOrderNumber(), now);
                send(target, o, now);
            }
            producer.flush();
            watch.await(2 * count, drain, target.name());
            int orders = (int) order.getTotalCount();
            System.out.printf("    ORDER decisions %d of %d: p50 %.1f ms, p99 %.1f ms (sender at most %d ms behind schedule)%n",
                    orders, count, order.getValueAtPercentile(50) / 1e3, order.getValueAtPercentile(99) / 1e3, maxLag);
            return new Latency(target.name(), rate, count, orders, order, shipment, maxLag);
        }
    }

    private void send(Target target, Workload.Order o, long timestamp) {
        String po = o.po().getPurchaseOrderNumber();
        producer.send(new ProducerRecord<>(target.orders(), null, timestamp, po, o.po()));
        o.labels().forEach(label -> producer.send(new ProducerRecord<>(target.labels(), null, timestamp, label.getSscc(), label)));
        producer.send(new ProducerRecord<>(target.shipments(), null, timestamp, o.asn().getShipmentIdentifier(), o.asn()));
    }

    /** Publishes the catalog and waits until the service has it: a probe order gets an AUTO_APPROVED ORDER decision. */
    void prepareCatalog(String catalogTopic, Target pipeline, int probe) throws InterruptedException {
        workload.catalog().forEach(item -> producer.send(new ProducerRecord<>(catalogTopic, item.getVendorSku(), item)));
        producer.flush();
        Thread.sleep(2_000); // the catalog is a GlobalKTable: give it a moment before the probe
        System.out.printf("  - %d catalog items sent to %s; probing with order %s%n", workload.catalog().size(),
                catalogTopic, workload.order(probe).po().getPurchaseOrderNumber());
        try (DecisionWatch watch = new DecisionWatch(clients, pipeline.decisions(), workload.prefix())) {
            send(pipeline, workload.order(probe), System.currentTimeMillis());
            producer.flush();
            if (!watch.await(2, Duration.ofSeconds(120), "probe")) {
                throw new IllegalStateException("no decisions for the probe order within 120 s: " + watch.outcomes());
            }
            System.out.println("    probe decided: " + watch.outcomes());
            if (!watch.outcomes().contains("ORDER AUTO_APPROVED")) {
                System.out.println("    ! the probe PO was not auto-approved: the workload is not clean, figures include holds");
            }
        }
    }

    @Override
    public void close() {
        producer.close();
        encodedProducer.close();
        values.close();
    }
}
