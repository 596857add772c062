package dev.dockcheck.localruntime;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

/**
 * Malformed record values, made from one well-formed value of the topic (magic byte 0, a 4-byte
 * schema id the registry knows, Avro binary). Each kind must be refused by the consumer's
 * deserialiser and end in {@code <topic>-dlt} with {@code dlt-reason=deserialization}.
 */
final class HostileRecords {

    /** What is wrong with a value. */
    enum Kind {
        /** Random bytes of random length (1–512), the first byte never 0. */
        RANDOM_BYTES,
        /** A valid value whose first byte (the Confluent magic byte) is not 0. */
        WRONG_MAGIC,
        /** A valid value whose schema id is not in the registry. */
        UNKNOWN_SCHEMA_ID,
        /** A valid value cut short inside its Avro body. */
        TRUNCATED_AVRO,
        /** A valid header, then an Avro string length of about 1 GiB and a few bytes: must not be allocated. */
        HUGE_LENGTH_AVRO,
        /** Five bytes or fewer: shorter than the Confluent header. */
        SHORT_HEADER
    }

    /** Per 1,000 malformed values: how many of each kind. */
    static final int[] SHARE_PER_MILLE = {300, 250, 60, 250, 60, 80};

    /** A schema id far above anything the local registry hands out. */
    static final int UNKNOWN_ID_BASE = 7_000_000;

    private final Random random;

    HostileRecords(long seed) {
        this.random = new Random(seed);
    }

    /** The kind of the {@code i}-th of every 1,000 malformed values, spread evenly over the run. */
    static Kind kindOf(int i) {
        int slot = (int) ((i * 7919L) % 1000); // a permutation of 0..999 mixes the kinds
        int upTo = 0;
        for (Kind kind : Kind.values()) {
            upTo += SHARE_PER_MILLE[kind.ordinal()];
            if (slot < upTo) {
                return kind;
            }
        }
        throw new IllegalStateException("shares must add up to 1000");
    }

    /** A malformed value of {@code kind}, derived from {@code valid} (a well-formed value of the topic). */
    byte[] malformed(Kind kind, byte[] valid) {
        return switch (kind) {
            case RANDOM_BYTES -> randomBytes();
            case WRONG_MAGIC -> withFirstByte(valid, (byte) (1 + random.nextInt(255)));
            case UNKNOWN_SCHEMA_ID -> withSchemaId(valid, UNKNOWN_ID_BASE + random.nextInt(1000));
            case TRUNCATED_AVRO -> Arrays.copyOf(valid, 5 + 1 + random.nextInt(Math.max(1, valid.length - 7)));
            case HUGE_LENGTH_AVRO -> hugeLength(valid);
            case SHORT_HEADER -> Arrays.copyOf(valid, random.nextInt(5));
        };
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(512)];
        random.nextBytes(bytes);
        bytes[0] = (byte) (1 + random.nextInt(255));
        return bytes;
    }

    private static byte[] withFirstByte(byte[] valid, byte first) {
        byte[] copy = valid.clone();
        copy[0] = first;
        return copy;
    }

    private static byte[] withSchemaId(byte[] valid, int id) {
        byte[] copy = valid.clone();
        ByteBuffer.wrap(copy, 1, 4).putInt(id);
        return copy;
    }

    /** Header of {@code valid}, then the zig-zag varint of 2^30 (the first field of every value is a string). */
    private byte[] hugeLength(byte[] valid) {
        byte[] tail = new byte[8 + random.nextInt(24)];
        random.nextBytes(tail);
        byte[] varint = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
        ByteBuffer out = ByteBuffer.allocate(5 + varint.length + tail.length);
        out.put(valid, 0, 5).put(varint).put(tail);
        return out.array();
    }
}
