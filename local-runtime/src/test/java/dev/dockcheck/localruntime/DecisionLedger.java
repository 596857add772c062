package dev.dockcheck.localruntime;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything committed on {@code approval-decisions} (read_committed, from the beginning, no
 * consumer group), counted per stage key ({@code ORDER|po} or {@code SHIPMENT|po|shipment}) and
 * per decision id, so that duplicates and gaps show.
 */
final class DecisionLedger implements AutoCloseable {

    /** What the topic holds against what was sent. */
    record Tally(int records, int orderDecisions, int shipmentDecisions, int duplicateStages, int duplicateIds,
            int missing, int unexpected, Map<String, Integer> outcomes, List<String> examples) {

        boolean exact() {
            return duplicateStages == 0 && duplicateIds == 0 && missing == 0 && unexpected == 0;
        }
    }

    private final KafkaConsumer<String, ApprovalDecided> consumer;
    private final List<TopicPartition> partitions;
    private final Map<String, Integer> byStageKey = new HashMap<>();
    private final Map<String, Integer> byDecisionId = new HashMap<>();
    private final Map<String, Integer> byOutcome = new TreeMap<>();
    private int records;

    DecisionLedger(String bootstrapServers, String registryUrl) {
        Map<String, Object> config = SampleFeed.serdeConfig(registryUrl);
        config.put("apicurio.registry.use-specific-avro-reader", true);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroKafkaDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        String topic = Topics.APPROVAL_DECISIONS.name();
        partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    static String orderKey(String po) {
        return "ORDER|" + po;
    }

    static String shipmentKey(String po, String shipmentId) {
        return "SHIPMENT|" + po + "|" + shipmentId;
    }

    /** Polls once and counts what came. */
    void poll(Duration timeout) {
        for (ConsumerRecord<String, ApprovalDecided> record : consumer.poll(timeout)) {
            ApprovalDecided decision = record.value();
            String key = decision.getStage() == DecisionStage.ORDER ? orderKey(decision.getPoNumber())
                    : shipmentKey(decision.getPoNumber(), decision.getShipmentId());
            byStageKey.merge(key, 1, Integer::sum);
            byDecisionId.merge(decision.getDecisionId(), 1, Integer::sum);
            byOutcome.merge(decision.getStage() + " " + decision.getOutcome(), 1, Integer::sum);
            records++;
        }
    }

    /** Polls until it has read up to the end of every partition as it is now. */
    void readToEnd(Duration timeout) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read approval-decisions to its end within " + timeout);
            }
            poll(Duration.ofMillis(500));
        }
    }

    /** Records per stage and outcome, e.g. {@code ORDER AUTO_APPROVED}. */
    Map<String, Integer> outcomes() {
        return byOutcome;
    }

    int records() {
        return records;
    }

    /** How many distinct ORDER (or SHIPMENT) stage keys have a decision. */
    long decided(DecisionStage stage) {
        return byStageKey.keySet().stream().filter(key -> key.startsWith(stage.name() + "|")).count();
    }

    /** Compares with the stage keys that should have exactly one decision each. */
    Tally tally(Set<String> expectedKeys) {
        List<String> examples = new ArrayList<>();
        int duplicateStages = 0;
        for (var entry : byStageKey.entrySet()) {
            if (entry.getValue() > 1) {
                duplicateStages += entry.getValue() - 1;
                example(examples, entry.getKey() + " decided " + entry.getValue() + " times");
            }
        }
        int duplicateIds = 0;
        for (var entry : byDecisionId.entrySet()) {
            if (entry.getValue() > 1) {
                duplicateIds += entry.getValue() - 1;
                example(examples, "decision " + entry.getKey() + " published " + entry.getValue() + " times");
            }
        }
        Set<String> missing = new TreeSet<>(expectedKeys);
        missing.removeAll(byStageKey.keySet());
        missing.stream().limit(5).forEach(key -> example(examples, key + " never decided"));
        Set<String> unexpected = new TreeSet<>(byStageKey.keySet());
        unexpected.removeAll(expectedKeys);
        unexpected.stream().limit(5).forEach(key -> example(examples, key + " was not sent"));
        return new Tally(records, (int) decided(DecisionStage.ORDER), (int) decided(DecisionStage.SHIPMENT),
                duplicateStages, duplicateIds, missing.size(), unexpected.size(), Map.copyOf(byOutcome), examples);
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < 20) {
            examples.add(text);
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
