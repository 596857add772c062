package dev.dockcheck.localruntime;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One whole topic read as it is now (read_committed, from the beginning, no consumer group), its
 * records counted by a key taken from each value: a key seen twice is a record written twice.
 *
 * @param counts   records per key
 * @param records  all records read
 */
record TopicTally(Map<String, Integer> counts, int records) {

    /** Reads {@code topic} to its current end and counts its Avro values by {@code key}. */
    static <V> TopicTally read(String bootstrapServers, String registryUrl, String topic, Function<V, String> key,
            Duration timeout) {
        Map<String, Object> config = SampleFeed.serdeConfig(registryUrl);
        config.put("apicurio.registry.use-specific-avro-reader", true);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroKafkaDeserializer.class.getName());
        Map<String, Integer> counts = new HashMap<>();
        int records = 0;
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(500))) {
                    counts.merge(key.apply(record.value()), 1, Integer::sum);
                    records++;
                }
            }
        }
        return new TopicTally(counts, records);
    }

    /** Records beyond the first per key. */
    int duplicates() {
        return counts.values().stream().mapToInt(n -> n - 1).sum();
    }

    /** Distinct keys that start with {@code prefix}. */
    long keys(String prefix) {
        return counts.keySet().stream().filter(k -> k.startsWith(prefix)).count();
    }
}
