package dev.dockcheck.bench.pipeline;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.DecisionOutcome;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The baseline: the pipeline's hops with no check logic. Three consume-transform-produce loops,
 * each in Kafka transactions (offsets committed in the transaction) with the same Avro serde:
 * inbound POs and ASNs (labels are read and dropped) → stage topics → results (a PASS
 * CheckCompleted) → decisions (an AUTO_APPROVED ApprovalDecided, ORDER for a PO, SHIPMENT for an ASN).
 */
final class RawRelay implements AutoCloseable {

    final String inbound;
    final String shipments;
    final String labels;
    final String decisions;
    private final String stageOrders;
    private final String stageShipments;
    private final String results;
    private final List<Thread> hops = new ArrayList<>();
    private final CountDownLatch assigned = new CountDownLatch(3);
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    RawRelay(KafkaClients clients, String run, int partitions) throws Exception {
        String base = "bench.relay." + run + ".";
        inbound = base + "inbound";
        shipments = base + "shipments";
        labels = base + "labels";
        stageOrders = base + "stage-orders";
        stageShipments = base + "stage-shipments";
        results = base + "results";
        decisions = base + "decisions";
        clients.createTopics(List.of(inbound, shipments, labels, stageOrders, stageShipments, results, decisions), partitions);
        preRegister(clients);
        hop(clients, run, 1, List.of(inbound, shipments, labels), this::stage);
        hop(clients, run, 2, List.of(stageOrders, stageShipments), this::result);
        hop(clients, run, 3, List.of(results), this::decision);
    }

    /**
     * Registers each topic's schema one at a time before the hops start: the registry answered
     * concurrent first registrations from several producers with errors.
     */
    private void preRegister(KafkaClients clients) throws InterruptedException {
        Workload.Order sample = new Workload("BENCH-SCHEMA", 1, 1).order(0);
        Map<String, Object> samples = new java.util.LinkedHashMap<>();
        samples.put(inbound, sample.po());
        samples.put(shipments, sample.asn());
        samples.put(labels, sample.labels().get(0));
        samples.put(stageOrders, sample.po());
        samples.put(stageShipments, sample.asn());
        samples.put(results, result(sample.po()).value());
        samples.put(decisions, decision(result(sample.po()).value()).value());
        for (var entry : samples.entrySet()) {
            clients.register(entry.getKey(), entry.getValue());
        }
    }

    private record Out(String topic, Object value) {
    }

    private Out stage(Object value) {
        if (value instanceof PurchaseOrderReceived) {
            return new Out(stageOrders, value);
        }
        return value instanceof ShipmentConfirmed ? new Out(stageShipments, value) : null;
    }

    private Out result(Object value) {
        CheckCompleted.Builder result = CheckCompleted.newBuilder().setOutcome(CheckOutcome.PASS)
                .setFindings(List.of()).setCheckedAt(Instant.now());
        if (value instanceof PurchaseOrderReceived po) {
            return new Out(results, result.setPoNumber(po.getPurchaseOrderNumber()).setCheckType(CheckType.UOM_MAPPING)
                    .setSubjectId(po.getPurchaseOrderNumber()).build());
        }
        ShipmentConfirmed asn = (ShipmentConfirmed) value;
        return new Out(results, result.setPoNumber(asn.getShippedItems().get(0).getPurchaseOrderNumber())
                .setCheckType(CheckType.ASN_MATCH).setSubjectId(asn.getShipmentIdentifier()).build());
    }

    private Out decision(Object value) {
        CheckCompleted result = (CheckCompleted) value;
        boolean order = result.getCheckType() == CheckType.UOM_MAPPING;
        return new Out(decisions, ApprovalDecided.newBuilder().setDecisionId(UUID.randomUUID().toString())
                .setPoNumber(result.getPoNumber()).setStage(order ? DecisionStage.ORDER : DecisionStage.SHIPMENT)
                .setShipmentId(order ? null : result.getSubjectId()).setOutcome(DecisionOutcome.AUTO_APPROVED)
                .setDecidedBy("relay").setReasons(List.of()).setDecidedAt(Instant.now()).build());
    }

    private void hop(KafkaClients clients, String run, int n, List<String> from, Function<Object, Out> transform) {
        Thread thread = new Thread(() -> {
            try {
                loop(clients, run, n, from, transform);
            } catch (RuntimeException e) {
                failure = e;
                System.out.println("  ! relay hop " + n + " failed: " + e);
            }
        }, "relay-hop-" + n);
        thread.setDaemon(true);
        thread.start();
        hops.add(thread);
    }

    private void loop(KafkaClients clients, String run, int n, List<String> from, Function<Object, Out> transform) {
        try (var consumer = clients.consumer("bench-relay-" + run + "-hop" + n);
                var producer = clients.producer("bench-relay-" + run + "-hop" + n)) {
            producer.initTransactions();
            consumer.subscribe(from);
            boolean started = false;
            while (running) {
                var records = consumer.poll(Duration.ofMillis(50));
                if (!consumer.assignment().isEmpty() && !started) {
                    started = true;
                    assigned.countDown();
                }
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (var record : records) {
                    Out out = transform.apply(record.value());
                    if (out != null) {
                        producer.send(new ProducerRecord<>(out.topic(), record.key(), out.value()));
                    }
                    offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                producer.commitTransaction();
            }
        }
    }

    /** Waits until every hop has its partitions. */
    void awaitAssigned(Duration timeout) throws InterruptedException {
        if (failure != null) {
            throw failure;
        }
        if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the relay's consumers got no partitions within " + timeout);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread hop : hops) {
            hop.join(10_000);
        }
    }
}
