package dev.dockcheck.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Plain Avro binary serdes, without a schema registry, for {@code TopologyTestDriver} tests: a
 * topology built against {@link AvroSerdes} runs unchanged on them.
 */
public class PlainAvroSerdes extends AvroSerdes {

    public PlainAvroSerdes() {
        super(Map.of());
    }

    @Override
    public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        SpecificData model = SpecificData.getForClass(type);
        var schema = SpecificData.get().getSchema(type);
        SpecificDatumWriter<T> writer = new SpecificDatumWriter<>(schema, model);
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(schema, schema, model);
        return Serdes.serdeFrom((topic, value) -> value == null ? null : write(writer, value),
                (topic, bytes) -> bytes == null ? null : read(reader, bytes));
    }

    private static <T> byte[] write(SpecificDatumWriter<T> writer, T value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(value, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(SpecificDatumReader<T> reader, byte[] bytes) {
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
