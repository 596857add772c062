package dev.dockcheck.bench.pipeline;

import dev.dockcheck.kafka.SchemaIdCachingDeserializer;
import dev.dockcheck.kafka.SchemaIdCachingSerializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka clients with the serde the services use: Apicurio Avro in the Confluent wire format
 * (4-byte id), specific records; idempotent {@code acks=all} producers, {@code read_committed} consumers.
 */
public final class KafkaClients {

    private final String bootstrap;
    private final Map<String, Object> serde = new HashMap<>();

    public KafkaClients(String bootstrap, String registryUrl) {
        this.bootstrap = bootstrap;
        serde.putAll(Map.of("apicurio.registry.url", registryUrl, "apicurio.registry.headers.enabled", false,
                "apicurio.registry.as-confluent", true, "apicurio.registry.use-id", "contentId",
                "apicurio.registry.id-handler", "io.apicurio.registry.serde.Legacy4ByteIdHandler",
                "apicurio.registry.auto-register", true, "apicurio.registry.find-latest", true,
                "apicurio.registry.use-specific-avro-reader", true));
    }

    /** The serde settings of the services (registry URL, wire format), for a deserializer of one's own. */
    public Map<String, Object> serde() {
        return Map.copyOf(serde);
    }

    /** A producer; transactional when {@code transactionalId} is not null. */
    public KafkaProducer<String, Object> producer(String transactionalId) {
        Map<String, Object> config = producerConfig();
        if (transactionalId != null) {
            config.put("transactional.id", transactionalId);
        }
        return new KafkaProducer<>(config, new StringSerializer(), valueSerializer());
    }

    /** A producer of values already encoded by {@link #valueSerializer()}. */
    public KafkaProducer<String, byte[]> encodedProducer() {
        return new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
    }

    /** The services' value serializer (the registry's, asked once per topic and schema): the same serde. */
    public Serializer<Object> valueSerializer() {
        var values = new SchemaIdCachingSerializer<SpecificRecord>();
        values.configure(serde, false);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Serializer<Object> asObjects = (Serializer) values;
        return asObjects;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(serde);
        config.putAll(Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true, "linger.ms", 5));
        return config;
    }

    /** A read_committed consumer in {@code groupId} (or none, for assign()), without auto-commit. */
    public KafkaConsumer<String, Object> consumer(String groupId) {
        return consumer(groupId, 500);
    }

    /** The same, returning at most {@code maxPollRecords} records per poll. */
    public KafkaConsumer<String, Object> consumer(String groupId, int maxPollRecords) {
        Map<String, Object> config = new HashMap<>(serde);
        config.putAll(Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed",
                "enable.auto.commit", false, "auto.offset.reset", "earliest", "max.poll.records", maxPollRecords));
        if (groupId != null) {
            config.put("group.id", groupId);
        }
        var values = new SchemaIdCachingDeserializer<Object>(); // the services' value deserializer
        values.configure(serde, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }

    /** A consumer assigned every partition of {@code topic}, positioned at its end. */
    public KafkaConsumer<String, Object> atEnd(String topic) {
        var consumer = consumer(null);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** Registers the schema of {@code sample} under {@code <topic>-value} (serialising it), retrying a few times. */
    public void register(String topic, Object sample) throws InterruptedException {
        try (var values = new AvroKafkaSerializer<Object>()) {
            values.configure(serde, false);
            for (int attempt = 1; ; attempt++) {
                try {
                    values.serialize(topic, sample);
                    return;
                } catch (RuntimeException e) {
                    if (attempt == 5) {
                        throw e;
                    }
                    Thread.sleep(500L * attempt);
                }
            }
        }
    }

    /** The end offset of every topic (summed over its partitions): records plus transaction markers written so far. */
    public Map<String, Long> endOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var topics = admin.describeTopics(admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions()
                    .listInternal(false)).names().get()).allTopicNames().get();
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
            topics.forEach((name, d) -> d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()),
                    org.apache.kafka.clients.admin.OffsetSpec.latest())));
            Map<String, Long> ends = new java.util.TreeMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.merge(tp.topic(), info.offset(), Long::sum));
            return ends;
        }
    }

    public int partitions(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    public void createTopics(List<String> topics, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList()).all().get();
        }
    }
}
