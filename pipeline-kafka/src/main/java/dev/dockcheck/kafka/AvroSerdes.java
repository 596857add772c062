package dev.dockcheck.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Avro value serdes for Kafka Streams, on the schema registry, in the same Confluent wire format
 * that the listeners use.
 */
public class AvroSerdes {

    private final Map<String, Object> config;

    public AvroSerdes(Map<String, Object> kafkaProperties) {
        this.config = new HashMap<>(kafkaProperties);
        this.config.put("apicurio.registry.use-specific-avro-reader", true);
    }

    public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        var serializer = new AvroKafkaSerializer<T>();
        var deserializer = new AvroKafkaDeserializer<T>();
        serializer.configure(config, false);
        deserializer.configure(config, false);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
