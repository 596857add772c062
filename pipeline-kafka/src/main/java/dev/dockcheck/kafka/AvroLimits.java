package dev.dockcheck.kafka;

import java.util.Map;
import org.apache.avro.SystemLimitException;

/**
 * Caps what Avro allocates for one string, byte array or collection while decoding. Avro trusts
 * the length prefix of a value, and its default caps are about 2 GiB: a 12-byte record whose first
 * string claims a length of 1 GiB makes the decoder allocate it and the service run out of heap
 * (a Kafka Streams thread dies, the application stops). With these caps such a record fails to
 * deserialise and goes to the dead-letter topic like any other. A value set with {@code -D} wins.
 */
final class AvroLimits {

    /** 16 MiB: far above any real record, and a size a 256 MiB heap survives. */
    static final int MAX_LENGTH = 16 * 1024 * 1024;
    static final int MAX_COLLECTION_ITEMS = 1_000_000;

    static final Map<String, Integer> LIMITS = Map.of(
            SystemLimitException.MAX_STRING_LENGTH_PROPERTY, MAX_LENGTH,
            SystemLimitException.MAX_BYTES_LENGTH_PROPERTY, MAX_LENGTH,
            SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY, MAX_COLLECTION_ITEMS);

    private AvroLimits() {
    }

    /** Sets each limit that is not set yet; must run before Avro first decodes (Avro reads them once). */
    static void apply() {
        LIMITS.forEach((property, limit) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, Integer.toString(limit));
            }
        });
    }
}
