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

    /** What is kept per topic: the writer schema, its wire-format prefix and a writer for it. */
    private record Prefix<T>(Schema schema, byte[] bytes, SpecificDatumWriter<T> writer) {
    }

    private static final int PREFIX_LENGTH = 5;

    private final Serializer<T> registry;
    private final Map<String, Prefix<T>> prefixes = new ConcurrentHashMap<>();

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
        Prefix<T> prefix = prefixes.get(topic);
        if (prefix == null || prefix.schema() != data.getSchema()) {
            byte[] bytes = registry.serialize(topic, data);
            if (bytes != null && bytes.length >= PREFIX_LENGTH && bytes[0] == 0) {
                Schema schema = data.getSchema();
                prefixes.put(topic, new Prefix<>(schema, Arrays.copyOf(bytes, PREFIX_LENGTH),
                        new SpecificDatumWriter<>(schema, SpecificData.getForSchema(schema))));
            }
            return bytes;
        }
        return write(prefix, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return serialize(topic, data); // the wire format carries the id; no headers are written
    }

    private byte[] write(Prefix<T> prefix, T data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(prefix.bytes());
        // straight into the byte array: a buffered encoder would allocate its own buffer per record
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            prefix.writer().write(data, encoder);
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
