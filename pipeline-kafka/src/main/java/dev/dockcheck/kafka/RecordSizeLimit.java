package dev.dockcheck.kafka;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The largest value (with its headers) that a Kafka Streams service writes: the producer's
 * {@code max.request.size} less {@value #KEY_AND_BATCH_ROOM} bytes for the key and the batch
 * overhead. Keys here are identifiers taken from the value, so a value within the limit leaves
 * its key room.
 */
record RecordSizeLimit(long bytes) {

    static final int KEY_AND_BATCH_ROOM = 16 * 1024;
    static final int PRODUCER_DEFAULT = 1024 * 1024;

    static RecordSizeLimit of(Map<String, Object> streamsConfig) {
        Object size = streamsConfig.getOrDefault(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                streamsConfig.getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, PRODUCER_DEFAULT));
        return new RecordSizeLimit(Long.parseLong(size.toString()) - KEY_AND_BATCH_ROOM);
    }

    /** {@code serializer}, failing with {@link OversizedRecordException} for a value beyond this limit. */
    <T> Serializer<T> guard(Serializer<T> serializer) {
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, T data) {
                return check(topic, serializer.serialize(topic, data), null);
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T data) {
                return check(topic, serializer.serialize(topic, headers, data), headers);
            }

            @Override
            public void close() {
                serializer.close();
            }
        };
    }

    private byte[] check(String topic, byte[] value, Headers headers) {
        long size = (value == null ? 0 : value.length) + sizeOf(headers);
        if (size > bytes) {
            throw new OversizedRecordException(topic, size, bytes);
        }
        return value;
    }

    private static long sizeOf(Headers headers) {
        long size = 0;
        if (headers != null) {
            for (Header header : headers) {
                size += header.key().length() + (header.value() == null ? 0 : header.value().length);
            }
        }
        return size;
    }
}
