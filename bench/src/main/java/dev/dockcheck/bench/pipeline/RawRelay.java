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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The baseline: the pipeline's hops with no check logic. One stand-in per service, each a
 * consume-transform-produce loop over the topics that service reads (its inputs and its own
 * repartition topics), in Kafka transactions that carry the consumer's offsets, with the same Avro
 * serde, {@code read_committed}, and the service's commit policy: the Kafka Streams services'
 * stand-ins poll up to 1,000 records and commit every 100 ms, as Streams does with
 * {@code exactly_once_v2} and the pipeline's {@code commit.interval.ms}; the approval-service's
 * commits every poll of up to 500, as its batch listeners do. Records take the pipeline's topic
 * path; nothing is stored:
 * <ul>
 *   <li>po-ingest: a PO → the accepted-PO topic and a UOM_MAPPING PASS result;</li>
 *   <li>asn-validator: reads the accepted POs (and drops them); an ASN → by shipment → by PO →
 *       an ASN_MATCH PASS result;</li>
 *   <li>label-checker: reads the printed labels (and drops them); an ASN → claims → verdict parts →
 *       an SSCC PASS result (one claim and one part per ASN: the pipeline's scatter over SSCC
 *       buckets is its check logic);</li>
 *   <li>approval-service: reads the accepted POs and every result; a UOM_MAPPING result → an
 *       AUTO_APPROVED ORDER decision; the second of a shipment's ASN_MATCH and SSCC results → its
 *       SHIPMENT decision, so that both paths are behind it, as in the pipeline.</li>
 * </ul>
 * The shipments with one of their two results are remembered in memory only: the benchmark does
 * not restart the relay.
 */
final class RawRelay implements AutoCloseable {

    final String inbound;
    final String shipments;
    final String labels;
    final String decisions;
    private final String purchaseOrders;
    private final String results;
    private final String asnByShipment;
    private final String asnByPo;
    private final String claims;
    private final String verdictParts;
    private final Set<String> halfChecked = new HashSet<>(); // approval's thread only
    private final List<Thread> standIns = new ArrayList<>();
    private final CountDownLatch assigned = new CountDownLatch(4);
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    RawRelay(KafkaClients clients, String run, int partitions) throws Exception {
        String base = "bench.relay." + run + ".";
        inbound = base + "purchase-orders.inbound";
        shipments = base + "shipment-confirmations";
        labels = base + "labels.printed";
        purchaseOrders = base + "purchase-orders";
        results = base + "check-results";
        decisions = base + "approval-decisions";
        asnByShipment = base + "asn-by-shipment";
        asnByPo = base + "asn-by-po";
        claims = base + "sscc-claims";
        verdictParts = base + "sscc-verdict-parts";
        clients.createTopics(List.of(inbound, shipments, labels, purchaseOrders, results, decisions, asnByShipment,
                asnByPo, claims, verdictParts), partitions);
        preRegister(clients);
        standIn(clients, run, "po-ingest", STREAMS, List.of(inbound), this::ingest);
        standIn(clients, run, "asn-validator", STREAMS, List.of(shipments, asnByShipment, asnByPo, purchaseOrders),
                this::matchAsn);
        standIn(clients, run, "label-checker", STREAMS, List.of(shipments, labels, claims, verdictParts), this::checkLabels);
        standIn(clients, run, "approval", LISTENER, List.of(purchaseOrders, results), this::approve);
    }

    /**
     * Registers each topic's schema one at a time before the stand-ins start: the registry answered
     * concurrent first registrations from several producers with errors.
     */
    private void preRegister(KafkaClients clients) throws InterruptedException {
        Workload.Order sample = new Workload("BENCH-SCHEMA", 1, 1).order(0);
        CheckCompleted result = pass(sample.po().getPurchaseOrderNumber(), CheckType.UOM_MAPPING, "sample");
        Map<String, Object> samples = new LinkedHashMap<>();
        samples.put(inbound, sample.po());
        samples.put(shipments, sample.asn());
        samples.put(labels, sample.labels().get(0));
        samples.put(purchaseOrders, sample.po());
        samples.put(results, result);
        samples.put(decisions, decision(result));
        for (String repartition : List.of(asnByShipment, asnByPo, claims, verdictParts)) {
            samples.put(repartition, sample.asn());
        }
        for (var entry : samples.entrySet()) {
            clients.register(entry.getKey(), entry.getValue());
        }
    }

    private void ingest(ConsumerRecord<String, Object> in, List<ProducerRecord<String, Object>> out) {
        PurchaseOrderReceived po = (PurchaseOrderReceived) in.value();
        out.add(new ProducerRecord<>(purchaseOrders, in.key(), po));
        out.add(new ProducerRecord<>(results, in.key(), pass(in.key(), CheckType.UOM_MAPPING, po.getPurchaseOrderNumber())));
    }

    private void matchAsn(ConsumerRecord<String, Object> in, List<ProducerRecord<String, Object>> out) {
        if (in.topic().equals(shipments)) {
            ShipmentConfirmed asn = (ShipmentConfirmed) in.value();
            out.add(new ProducerRecord<>(asnByShipment, asn.getShipmentIdentifier(), asn));
        } else if (in.topic().equals(asnByShipment)) {
            out.add(new ProducerRecord<>(asnByPo, poNumber(in.value()), in.value()));
        } else if (in.topic().equals(asnByPo)) {
            out.add(new ProducerRecord<>(results, in.key(), pass(in.key(), CheckType.ASN_MATCH, shipmentId(in.value()))));
        }
    }

    private void checkLabels(ConsumerRecord<String, Object> in, List<ProducerRecord<String, Object>> out) {
        if (in.topic().equals(shipments)) {
            out.add(new ProducerRecord<>(claims, in.key(), in.value()));
        } else if (in.topic().equals(claims)) {
            out.add(new ProducerRecord<>(verdictParts, in.key(), in.value()));
        } else if (in.topic().equals(verdictParts)) {
            String po = poNumber(in.value());
            out.add(new ProducerRecord<>(results, po, pass(po, CheckType.SSCC, shipmentId(in.value()))));
        }
    }

    private void approve(ConsumerRecord<String, Object> in, List<ProducerRecord<String, Object>> out) {
        if (!(in.value() instanceof CheckCompleted result)) {
            return;
        }
        if (result.getCheckType() == CheckType.UOM_MAPPING) {
            out.add(new ProducerRecord<>(decisions, in.key(), decision(result)));
        } else if (!halfChecked.add(result.getSubjectId())) {
            halfChecked.remove(result.getSubjectId());
            out.add(new ProducerRecord<>(decisions, in.key(), decision(result)));
        }
    }

    private static String poNumber(Object asn) {
        return ((ShipmentConfirmed) asn).getShippedItems().get(0).getPurchaseOrderNumber();
    }

    private static String shipmentId(Object asn) {
        return ((ShipmentConfirmed) asn).getShipmentIdentifier();
    }

    private static CheckCompleted pass(String po, CheckType type, String subject) {
        return CheckCompleted.newBuilder().setPoNumber(po).setCheckType(type).setSubjectId(subject)
                .setOutcome(CheckOutcome.PASS).setFindings(List.of()).setCheckedAt(Instant.now()).build();
    }

    private static ApprovalDecided decision(CheckCompleted result) {
        boolean order = result.getCheckType() == CheckType.UOM_MAPPING;
        return ApprovalDecided.newBuilder().setDecisionId(UUID.randomUUID().toString())
                .setPoNumber(result.getPoNumber()).setStage(order ? DecisionStage.ORDER : DecisionStage.SHIPMENT)
                .setShipmentId(order ? null : result.getSubjectId()).setOutcome(DecisionOutcome.AUTO_APPROVED)
                .setDecidedBy("relay").setReasons(List.of()).setDecidedAt(Instant.now()).build();
    }

    /** How a service polls and commits: at most {@code maxPollRecords} a poll, a transaction every {@code commitInterval}. */
    private record CommitPolicy(int maxPollRecords, Duration commitInterval) {
    }

    /** Kafka Streams' {@code max.poll.records} and the pipeline's {@code commit.interval.ms}. */
    private static final CommitPolicy STREAMS = new CommitPolicy(1_000, Duration.ofMillis(100));
    /** The approval-service's batch listeners: {@code max-poll-records: 500}, a transaction per poll. */
    private static final CommitPolicy LISTENER = new CommitPolicy(500, Duration.ZERO);

    /** What a stand-in does with one record it read: adds what it sends to {@code out}. */
    private interface Step {
        void apply(ConsumerRecord<String, Object> in, List<ProducerRecord<String, Object>> out);
    }

    private void standIn(KafkaClients clients, String run, String service, CommitPolicy policy, List<String> from,
            Step step) {
        Thread thread = new Thread(() -> {
            try {
                loop(clients, "bench-relay-" + run + "-" + service, policy, from, step);
            } catch (RuntimeException e) {
                failure = e;
                System.out.println("  ! relay stand-in for " + service + " failed: " + e);
            }
        }, "relay-" + service);
        thread.setDaemon(true);
        thread.start();
        standIns.add(thread);
    }

    private void loop(KafkaClients clients, String id, CommitPolicy policy, List<String> from, Step step) {
        try (var consumer = clients.consumer(id, policy.maxPollRecords()); var producer = clients.producer(id)) {
            producer.initTransactions();
            consumer.subscribe(from);
            boolean started = false;
            List<ProducerRecord<String, Object>> out = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            long openedAt = 0;
            while (running) {
                var records = consumer.poll(Duration.ofMillis(50));
                if (!consumer.assignment().isEmpty() && !started) {
                    started = true;
                    assigned.countDown();
                }
                if (!records.isEmpty() && offsets.isEmpty()) {
                    producer.beginTransaction();
                    openedAt = System.nanoTime();
                }
                for (var record : records) {
                    step.apply(record, out);
                    out.forEach(producer::send);
                    out.clear();
                    offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                if (!offsets.isEmpty() && System.nanoTime() - openedAt >= policy.commitInterval().toNanos()) {
                    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    producer.commitTransaction();
                    offsets.clear();
                }
            }
        }
    }

    /** Waits until every stand-in has its partitions. */
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
        for (Thread standIn : standIns) {
            standIn.join(10_000);
        }
    }
}
