package dev.dockcheck.localruntime;


import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the pipeline made of a hostile run's valid and absurd records: the outcomes expected of
 * them (results, decisions, or dead letters with a reason) and the consumer lag left.
 */
final class HostileOutcomes {

    private HostileOutcomes() {
    }

    /** What the pipeline made of the valid and absurd records, and the lag left. */
    record Outcomes(Map<String, Long> lag, List<String> missing, Map<String, Integer> processed) {
    }

    /**
     * Waits until no consumer lags on the input topics and every expected outcome is there: a
     * UOM_MAPPING result and an ORDER decision for every valid PO (sent to purchase-orders.inbound or
     * straight to purchase-orders with its check result), a FAIL UOM_MAPPING result for every absurd
     * PO, ASN_MATCH and SSCC results for every valid shipment, FAIL ones for every absurd shipment,
     * and an ORDER decision for every absurd accepted PO.
     */
    static Outcomes awaitSettled(TopicProbe probe, List<HostileFeed.Sent> sent, List<SampleData> samples,
            Duration settle) throws Exception {
        long deadline = System.nanoTime() + settle.toNanos();
        Outcomes outcomes;
        do {
            Thread.sleep(2000);
            Map<String, Integer> processed = new HashMap<>();
            Map<String, Long> lag = probe.lag(HostileInputIT.GROUP_CONSUMED);
            boolean drained = lag.values().stream().allMatch(l -> l == 0);
            outcomes = new Outcomes(lag, missing(probe, sent, samples, processed, drained), processed);
            if (outcomes.lag().get(Topics.LABELS_PRINTED.name()) == 0) { // a valid print has no output of its own
                processed.put(Topics.LABELS_PRINTED.name(), sent(sent, Topics.LABELS_PRINTED.name()).validKeys().size());
            }
            System.out.println("  waiting: lag " + outcomes.lag() + ", " + outcomes.missing().size() + " outcomes missing "
                    + outcomes.missing().stream().limit(5).toList());
        } while ((!outcomes.missing().isEmpty() || outcomes.lag().values().stream().anyMatch(l -> l != 0))
                && System.nanoTime() < deadline);
        return outcomes;
    }

    /** @param drained whether no group lags, so that the dead-letter topics are worth reading */
    private static List<String> missing(TopicProbe probe, List<HostileFeed.Sent> sent, List<SampleData> samples,
            Map<String, Integer> processed, boolean drained) {
        Map<String, List<CheckCompleted>> results = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : probe.readAll(Topics.CHECK_RESULTS.name())) {
            if (record.key() != null && !record.key().startsWith("hostile-") && !record.key().startsWith("HA-PO-")
                    && !record.key().startsWith("HV-PO-")) {
                CheckCompleted result = (CheckCompleted) probe.decode(record);
                results.computeIfAbsent(result.getPoNumber(), k -> new ArrayList<>()).add(result);
            }
        }
        Set<String> orderDecisions = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : probe.readAll(Topics.APPROVAL_DECISIONS.name())) {
            ApprovalDecided decision = (ApprovalDecided) probe.decode(record);
            if (decision.getStage() == DecisionStage.ORDER) {
                orderDecisions.add(decision.getPoNumber());
            }
        }
        // awaitCatalog saw every valid catalog item; a valid print has no output of its own (lag 0 shows it was read)
        processed.put(Topics.CATALOG_ITEMS.name(), sent(sent, Topics.CATALOG_ITEMS.name()).validKeys().size());
        Set<String> refused = new HashSet<>();
        for (String dlt : drained ? deadLetterTopics() : List.<String>of()) { // an absurd record may be refused instead of failed
            probe.readAll(dlt).forEach(record -> refused.add(record.key()));
        }
        List<String> missing = new ArrayList<>();
        HostileFeed.Sent inbound = sent(sent, Topics.PURCHASE_ORDERS_INBOUND.name());
        for (String po : inbound.validKeys()) {
            int before = missing.size();
            require(missing, po, results, CheckType.UOM_MAPPING, null);
            if (!orderDecisions.contains(po)) {
                missing.add(po + ": ORDER decision");
            }
            processed.merge(inbound.topic(), missing.size() == before ? 1 : 0, Integer::sum);
        }
        for (String po : inbound.absurdKeys()) {
            if (!refused.contains(po)) {
                require(missing, po, results, CheckType.UOM_MAPPING, CheckOutcome.FAIL);
            }
        }
        HostileFeed.Sent direct = sent(sent, Topics.PURCHASE_ORDERS.name());
        for (String po : direct.validKeys()) {
            if (!orderDecisions.contains(po)) {
                missing.add(po + ": ORDER decision");
            } else {
                processed.merge(Topics.PURCHASE_ORDERS.name(), 1, Integer::sum);
                processed.merge(Topics.CHECK_RESULTS.name(), 1, Integer::sum);
            }
        }
        for (String po : direct.absurdKeys()) {
            if (!orderDecisions.contains(po) && !refused.contains(po)) {
                missing.add(po + ": ORDER decision or a dead letter");
            }
        }
        for (SampleData sample : samples) {
            for (ShipmentConfirmed shipment : sample.shipments()) {
                String po = shipment.getShippedItems().get(0).getPurchaseOrderNumber();
                int before = missing.size();
                require(missing, po, results, CheckType.ASN_MATCH, null);
                require(missing, po, results, CheckType.SSCC, null);
                processed.merge(Topics.SHIPMENT_CONFIRMATIONS.name(), missing.size() == before ? 1 : 0, Integer::sum);
            }
        }
        for (String shipment : sent(sent, Topics.SHIPMENT_CONFIRMATIONS.name()).absurdKeys()) {
            boolean asn = results.values().stream().flatMap(List::stream).anyMatch(r -> r.getSubjectId().equals(shipment)
                    && r.getCheckType() == CheckType.ASN_MATCH && r.getOutcome() == CheckOutcome.FAIL);
            boolean sscc = results.values().stream().flatMap(List::stream).anyMatch(r -> r.getSubjectId().equals(shipment)
                    && r.getCheckType() == CheckType.SSCC && r.getOutcome() == CheckOutcome.FAIL);
            if (!(asn && sscc || refused.contains(shipment))) {
                missing.add(shipment + ": FAIL ASN_MATCH " + asn + ", FAIL SSCC " + sscc);
            }
        }
        return missing;
    }

    private static void require(List<String> missing, String po, Map<String, List<CheckCompleted>> results, CheckType type,
            CheckOutcome outcome) {
        boolean found = results.getOrDefault(po, List.of()).stream().anyMatch(r -> r.getCheckType() == type
                && (outcome == null || r.getOutcome() == outcome && !r.getFindings().isEmpty()));
        if (!found) {
            missing.add(KafkaRest.abbreviate(po) + ": " + type + (outcome == null ? "" : " " + outcome));
        }
    }

    /** The input topics' dead-letter topics and those of the Kafka Streams services (after a repartition). */
    static List<String> deadLetterTopics() {
        List<String> topics = new ArrayList<>();
        Topics.all().forEach(topic -> topics.add(topic.deadLetterTopic()));
        for (ServiceSpec spec : List.of(ServiceSpec.PO_INGEST, ServiceSpec.ASN_VALIDATOR, ServiceSpec.LABEL_CHECKER)) {
            topics.add(spec.module() + "-dlt");
        }
        return topics;
    }

    static HostileFeed.Sent sent(List<HostileFeed.Sent> sent, String topic) {
        return sent.stream().filter(s -> s.topic().equals(topic)).findFirst().orElseThrow();
    }
}
