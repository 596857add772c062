package dev.dockcheck.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Avro value serdes for Kafka Streams, on the schema registry, in the same Confluent wire format
 * that the listeners use. A value too large for the producer fails while serialising
 * ({@link OversizedRecordException}), where the Streams handlers can dead-letter its input.
 */
public class AvroSerdes {

    private final Map<String, Object> config;
    private final SizeLimitedSerdes limit;

    public AvroSerdes(Map<String, Object> kafkaProperties) {
        this.config = new HashMap<>(kafkaProperties);
        this.config.put("apicurio.registry.use-specific-avro-reader", true);
        this.limit = new SizeLimitedSerdes(config);
    }

    public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        return limit.guard(unboundedValueSerde(type));
    }

    /**
     * Without the size limit: only for a store that Kafka Streams never writes to a topic, such as
     * a global table's (its source topic is its changelog). There a value the broker accepted once
     * must be storable, whatever its size, or the global thread dies.
     */
    public <T extends SpecificRecord> Serde<T> unboundedValueSerde(Class<T> type) {
        var serializer = new AvroKafkaSerializer<T>();
        var deserializer = new SchemaIdCachingDeserializer<T>();
        serializer.configure(config, false);
        deserializer.configure(config, false);
        return Serdes.serdeFrom(new SchemaIdCachingSerializer<>(serializer), deserializer);
    }
}
