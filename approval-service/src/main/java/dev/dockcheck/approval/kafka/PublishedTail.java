package dev.dockcheck.approval.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the committed records of the decisions topic beyond the offsets that the outbox recorded
 * as published, and returns the decision ids found there with where they landed: these were
 * published by a relay that died before it could record them.
 */
public class PublishedTail {

    static final String DECISION_ID_HEADER = "decision-id";

    /** Where a published record landed. */
    public record Landed(int partition, long offset) {
    }

    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final Duration timeout;

    public PublishedTail(Map<String, Object> consumerProperties, String topic, Duration timeout) {
        this.consumerConfig = new HashMap<>(consumerProperties);
        this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.topic = topic;
        this.timeout = timeout;
    }

    public Map<UUID, Landed> after(Map<Integer, Long> highWaterMarks) {
        Map<UUID, Landed> found = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, highWaterMarks.getOrDefault(p.partition(), -1L) + 1));
            // with read_committed the end offsets are the last stable offsets: nothing open lies before them
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read the tail of " + topic + " within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    var header = record.headers().lastHeader(DECISION_ID_HEADER);
                    if (header != null) {
                        found.put(UUID.fromString(new String(header.value(), StandardCharsets.UTF_8)),
                                new Landed(record.partition(), record.offset()));
                    }
                });
            }
        }
        return found;
    }
}
