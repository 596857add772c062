package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.Finding;
import dev.dockcheck.labelchecker.domain.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A compact binary serde for this service's own state and repartition records. They never leave
 * the service, so they skip the registry; the registry store holds millions of entries and its
 * value size is what RocksDB pays for. Each format starts with a version byte.
 */
final class BinaryCodec {

    interface Writer<T> {
        void write(T value, DataOutputStream out) throws IOException;
    }

    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private BinaryCodec() {
    }

    static <T> Serde<T> serde(byte version, Writer<T> writer, Reader<T> reader) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : encode(version, value, writer),
                (topic, bytes) -> bytes == null ? null : decode(version, bytes, reader));
    }

    private static <T> byte[] encode(byte version, T value, Writer<T> writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(version);
            writer.write(value, out);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T decode(byte version, byte[] bytes, Reader<T> reader) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte found = in.readByte();
            if (found != version) {
                throw new IllegalStateException("unknown format version " + found + ", expected " + version);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeNullable(String value, DataOutputStream out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void writeStrings(List<String> values, DataOutputStream out) throws IOException {
        out.writeShort(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readUnsignedShort();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    static void writeFindings(List<Finding> findings, DataOutputStream out) throws IOException {
        out.writeShort(findings.size());
        for (Finding f : findings) {
            out.writeUTF(f.code());
            out.writeByte(f.severity().ordinal());
            out.writeUTF(f.message());
            writeNullable(f.path(), out);
            writeNullable(f.expected(), out);
            writeNullable(f.actual(), out);
        }
    }

    static List<Finding> readFindings(DataInputStream in) throws IOException {
        int size = in.readUnsignedShort();
        List<Finding> findings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            findings.add(new Finding(in.readUTF(), Severity.values()[in.readByte()], in.readUTF(),
                    readNullable(in), readNullable(in), readNullable(in)));
        }
        return findings;
    }
}
