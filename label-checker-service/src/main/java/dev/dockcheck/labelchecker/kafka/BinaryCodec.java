package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.Finding;
import dev.dockcheck.labelchecker.domain.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A compact binary serde for this service's own state and repartition records. They never leave
 * the service, so they skip the registry; the registry store holds millions of entries and its
 * value size is what RocksDB pays for. Each format starts with a version byte; a serde writes its
 * current version and still reads the older ones that a store or topic may hold from before an
 * upgrade. Strings are UTF-8 bytes after their length, and lists follow their size, both as an
 * unsigned varint (one byte up to 127, at most five), so no string or list has a size limit of its
 * own (version 1 wrote {@code DataOutput.writeUTF}, limited to 64 KiB, and 16-bit list sizes).
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

    static <T> Serde<T> serde(byte version, Writer<T> writer, Map<Byte, Reader<T>> readers) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : encode(version, value, writer),
                (topic, bytes) -> bytes == null ? null : decode(bytes, readers));
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

    private static <T> T decode(byte[] bytes, Map<Byte, Reader<T>> readers) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte found = in.readByte();
            Reader<T> reader = readers.get(found);
            if (reader == null) {
                throw new IllegalStateException("unknown format version " + found + ", expected one of " + readers.keySet());
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeSize(int size, DataOutputStream out) throws IOException {
        int rest = size;
        while ((rest & ~0x7F) != 0) {
            out.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    /** A size, bounded by the bytes left: a corrupt size fails here rather than allocating gigabytes. */
    static int readSize(DataInputStream in) throws IOException {
        int size = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            size |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (size < 0 || size > in.available()) {
                    throw new IOException("size " + Integer.toUnsignedString(size) + " exceeds the "
                            + in.available() + " bytes left");
                }
                return size;
            }
        }
        throw new IOException("a size longer than five bytes");
    }

    static void writeString(String value, DataOutputStream out) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeSize(utf8.length, out);
        out.write(utf8);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[readSize(in)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    static void writeNullable(String value, DataOutputStream out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(value, out);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    static void writeStrings(List<String> values, DataOutputStream out) throws IOException {
        writeSize(values.size(), out);
        for (String value : values) {
            writeString(value, out);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int size = readSize(in);
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString(in));
        }
        return values;
    }

    static void writeFindings(List<Finding> findings, DataOutputStream out) throws IOException {
        writeSize(findings.size(), out);
        for (Finding f : findings) {
            writeString(f.code(), out);
            out.writeByte(f.severity().ordinal());
            writeString(f.message(), out);
            writeNullable(f.path(), out);
            writeNullable(f.expected(), out);
            writeNullable(f.actual(), out);
        }
    }

    static List<Finding> readFindings(DataInputStream in) throws IOException {
        int size = readSize(in);
        List<Finding> findings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            findings.add(new Finding(readString(in), Severity.values()[in.readByte()], readString(in),
                    readNullable(in), readNullable(in), readNullable(in)));
        }
        return findings;
    }
}
