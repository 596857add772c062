package dev.dockcheck.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The registry's Avro serializer, asked once per topic and writer schema: it registers or finds the
 * schema and writes the Confluent wire format (magic byte 0, the 4-byte schema id, the Avro
 * binary); the 5-byte prefix is kept, and every later record of that topic and schema is written
 * as that prefix and its Avro binary. The registry serializer renders the schema as JSON for every
 * record to look it up (about a tenth of a Kafka Streams service's CPU in the {@code pipeline}
 * benchmark's profile); this writes the same bytes without it. {@link AvroSerdes} uses it for
 * Kafka Streams, and the pipeline's defaults make it every producer's value serializer.
 */
public final class SchemaIdCachingSerializer<T extends SpecificRecord> implements Serializer<T> {

    private record Prefix(Schema schema, byte[] bytes) {
    }

    private static final int PREFIX_LENGTH = 5;

    private final Serializer<T> registry;
    private final Map<String, Prefix> prefixes = new ConcurrentHashMap<>();
    private final Map<Schema, SpecificDatumWriter<T>> writers = new ConcurrentHashMap<>();

    /** For a producer's {@code value.serializer}: the registry serializer, configured by {@link #configure}. */
    public SchemaIdCachingSerializer() {
        this(new AvroKafkaSerializer<>());
    }

    SchemaIdCachingSerializer(Serializer<T> registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        registry.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return registry.serialize(topic, null);
        }
        Prefix prefix = prefixes.get(topic);
        if (prefix == null || prefix.schema() != data.getSchema()) {
            byte[] bytes = registry.serialize(topic, data);
            if (bytes != null && bytes.length >= PREFIX_LENGTH && bytes[0] == 0) {
                prefixes.put(topic, new Prefix(data.getSchema(), Arrays.copyOf(bytes, PREFIX_LENGTH)));
            }
            return bytes;
        }
        return write(prefix, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return serialize(topic, data); // the wire format carries the id; no headers are written
    }

    private byte[] write(Prefix prefix, T data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(prefix.bytes());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            writers.computeIfAbsent(prefix.schema(), schema -> new SpecificDatumWriter<T>(schema, SpecificData.getForSchema(schema))).write(data, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        registry.close();
    }
}
