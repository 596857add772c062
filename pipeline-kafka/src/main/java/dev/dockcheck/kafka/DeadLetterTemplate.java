package dev.dockcheck.kafka;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/** The producer {@link DeadLetters} sends with: raw bytes, strings or Avro, compressed, up to {@value DeadLetters#MAX_BYTES} bytes. */
final class DeadLetterTemplate {

    private DeadLetterTemplate() {
    }

    /**
     * Dead letters are written outside any transaction: a listener's transaction is rolled back
     * when it fails, and the dead letter must survive that.
     */
    static KafkaOperations<Object, Object> of(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        // a poison pill is often a large record: compressed, up to 16 MiB, it still fits its dead-letter topic
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, DeadLetters.MAX_BYTES);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(String.class, new StringSerializer());
        Serializer<Object> values = new DelegatingByTypeSerializer(withAvro(byType, config), true);
        Serializer<Object> keys = new DelegatingByTypeSerializer(byType, true);
        var factory = new DefaultKafkaProducerFactory<Object, Object>(config, () -> keys, () -> values);
        return new KafkaTemplate<>(factory);
    }

    private static Map<Class<?>, Serializer<?>> withAvro(Map<Class<?>, Serializer<?>> byType,
            Map<String, Object> config) {
        var avro = new io.apicurio.registry.serde.avro.AvroKafkaSerializer<>();
        avro.configure(config, false);
        Map<Class<?>, Serializer<?>> values = new LinkedHashMap<>(byType);
        values.put(org.apache.avro.specific.SpecificRecord.class, avro);
        return values;
    }
}
