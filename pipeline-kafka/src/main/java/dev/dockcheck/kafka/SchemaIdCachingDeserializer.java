package dev.dockcheck.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The registry's Avro deserializer, with one reader kept per writer schema id. The registry's
 * builds a new Avro reader for every record, and Avro then resolves the writer schema against the
 * reader's class again each time (about a seventh of a Kafka Streams service's CPU in the
 * {@code pipeline} benchmark's profile, more where a store is read per line). Here the first
 * record of each schema id goes through the registry's deserializer, which fetches and checks the
 * schema; the reader made for that schema then reads every later record with that id. Same
 * values, same schema evolution (writer schema resolved against the specific class).
 *
 * <p>Only the Confluent wire format with specific records is read this way (the pipeline's
 * defaults); any other configuration, and any record that does not start with magic byte 0 and a
 * 4-byte id, goes to the registry's deserializer as it is, which answers or throws as it always
 * does. {@link AvroSerdes} uses it for Kafka Streams, and the pipeline's defaults make it every
 * listener's value deserializer.
 */
public final class SchemaIdCachingDeserializer<T> implements Deserializer<T> {

    private static final int PREFIX_LENGTH = 5;

    private final AvroKafkaDeserializer<T> registry;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
    private boolean cacheable;

    /** For a consumer's value deserializer: the registry's, configured by {@link #configure}. */
    public SchemaIdCachingDeserializer() {
        this(new AvroKafkaDeserializer<>());
    }

    SchemaIdCachingDeserializer(AvroKafkaDeserializer<T> registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        registry.configure(configs, isKey);
        cacheable = isTrue(configs.get("apicurio.registry.use-specific-avro-reader"))
                && !isTrue(configs.get("apicurio.registry.headers.enabled"))
                && registry.getIdHandler().idSize() == PREFIX_LENGTH - 1;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (!cacheable || data == null || data.length < PREFIX_LENGTH || data[0] != 0) {
            return registry.deserialize(topic, data);
        }
        int schemaId = ByteBuffer.wrap(data, 1, PREFIX_LENGTH - 1).getInt();
        DatumReader<T> reader = readers.get(schemaId);
        if (reader == null) {
            T value = registry.deserialize(topic, data); // fetches and checks the schema; throws for an unknown id
            try {
                keepReader(schemaId, data);
            } catch (RuntimeException e) {
                // not kept: the next record of this id goes through the registry's deserializer again
            }
            return value;
        }
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, PREFIX_LENGTH, data.length - PREFIX_LENGTH, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // as the registry's deserializer reports a truncated record
        }
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        // the ids are in the value: with headers disabled the registry's deserializer ignores them too
        return cacheable ? deserialize(topic, data) : registry.deserialize(topic, headers, data);
    }

    /** The schema the registry just resolved for this id (from its cache), read into its specific class. */
    private void keepReader(int schemaId, byte[] data) {
        var reference = registry.getIdHandler().readId(ByteBuffer.wrap(data, 1, PREFIX_LENGTH - 1));
        Schema writer = registry.getSchemaResolver().resolveSchemaByArtifactReference(reference).getParsedSchema().getParsedSchema();
        if (writer.getType() != Schema.Type.RECORD) {
            return;
        }
        Class<?> type = SpecificData.get().getClass(writer);
        if (type == null) {
            return; // no class for it: the registry's deserializer says what it does with such a record
        }
        Schema reader = SpecificData.get().getSchema(type);
        readers.putIfAbsent(schemaId, new SpecificDatumReader<>(writer, reader, SpecificData.getForSchema(reader)));
    }

    /** How many schema ids have a kept reader. */
    int schemaIdsKept() {
        return readers.size();
    }

    private static boolean isTrue(Object value) {
        return value != null && Boolean.parseBoolean(value.toString());
    }

    @Override
    public void close() {
        registry.close();
    }
}
