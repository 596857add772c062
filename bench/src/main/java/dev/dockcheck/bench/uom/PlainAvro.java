package dev.dockcheck.bench.uom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Avro binary without a registry, for the in-process topology run (no network in the measurement). */
final class PlainAvro {

    private PlainAvro() {
    }

    static <T extends SpecificRecord> Serde<T> serde(Class<T> type) {
        var schema = SpecificData.get().getSchema(type);
        var writer = new SpecificDatumWriter<T>(schema);
        var reader = new SpecificDatumReader<T>(schema);
        return Serdes.serdeFrom((topic, value) -> {
            try {
                var out = new ByteArrayOutputStream(4096);
                var encoder = EncoderFactory.get().binaryEncoder(out, null);
                writer.write(value, encoder);
                encoder.flush();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (topic, bytes) -> {
            try {
                return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
