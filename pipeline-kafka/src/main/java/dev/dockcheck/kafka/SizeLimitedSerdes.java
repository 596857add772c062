package dev.dockcheck.kafka;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Holds a service's own (non-Avro) Kafka Streams serdes to the same {@link RecordSizeLimit} as
 * {@link AvroSerdes}: a value beyond it fails while serialising with an
 * {@link OversizedRecordException}, where the shared Kafka Streams handlers dead-letter the input
 * instead of the broker refusing the record inside the exactly-once transaction.
 */
public final class SizeLimitedSerdes {

    private final RecordSizeLimit limit;

    public SizeLimitedSerdes(Map<String, Object> streamsConfig) {
        this.limit = RecordSizeLimit.of(streamsConfig);
    }

    /** The largest value, with its headers, in bytes. */
    public long bytes() {
        return limit.bytes();
    }

    public <T> Serde<T> guard(Serde<T> serde) {
        return Serdes.serdeFrom(limit.guard(serde.serializer()), serde.deserializer());
    }
}
