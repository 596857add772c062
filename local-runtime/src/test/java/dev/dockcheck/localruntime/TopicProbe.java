package dev.dockcheck.localruntime;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the pipeline did: whole topics, consumer-group lag, and Prometheus counters. */
final class TopicProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final Admin admin;
    private final AvroKafkaDeserializer<Object> avro = new AvroKafkaDeserializer<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TopicProbe(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        Map<String, Object> serde = SampleFeed.serdeConfig(registryUrl);
        serde.put("apicurio.registry.use-specific-avro-reader", true);
        avro.configure(serde, false);
    }

    /** Every committed record of {@code topic}, from the beginning to its current end. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The Avro value of {@code record}, decoded through the registry. */
    Object decode(ConsumerRecord<String, byte[]> record) {
        return avro.deserialize(record.topic(), record.value());
    }

    /**
     * Summed lag (last stable offset minus committed offset) of every consumer group that has
     * committed offsets on {@code topics}, per topic; a topic no group has committed on yet is
     * reported as -1.
     */
    Map<String, Long> lag(Collection<String> topics) throws ExecutionException, InterruptedException {
        Map<String, Long> lag = new HashMap<>();
        topics.forEach(topic -> lag.put(topic, -1L));
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
            description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()),
                    OffsetSpec.latest()));
        }
        var stable = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            for (var entry : committed.entrySet()) {
                TopicPartition partition = entry.getKey();
                if (entry.getValue() != null && stable.containsKey(partition)) {
                    long end = stable.get(partition).offset();
                    long from = entry.getValue().offset();
                    // offsets count transaction markers too: count the records a read_committed reader would get
                    long behind = from >= end ? 0 : recordsBetween(partition, from, end);
                    lag.merge(partition.topic(), behind, (a, b) -> Math.max(a, 0) + b);
                }
            }
        }
        return lag;
    }

    private long recordsBetween(TopicPartition partition, long from, long end) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        long records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                records += consumer.poll(Duration.ofMillis(200)).records(partition).stream()
                        .filter(r -> r.offset() < end).count();
            }
        }
        return records;
    }

    /** The sum of every sample of {@code metric} whose labels contain all of {@code labels}, from /actuator/prometheus. */
    double metric(String prometheusUrl, String metric, Map<String, String> labels) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(prometheusUrl)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Pattern line = Pattern.compile("^" + Pattern.quote(metric) + "\\{([^}]*)\\}\\s+(\\S+)$", Pattern.MULTILINE);
        double sum = 0;
        Matcher m = line.matcher(body);
        while (m.find()) {
            String tags = m.group(1);
            if (labels.entrySet().stream().allMatch(e -> tags.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    @Override
    public void close() {
        admin.close();
        avro.close();
    }
}
