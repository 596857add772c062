package dev.dockcheck.kafka;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A value that serialises to more than a record may carry: the producer would refuse it with a
 * {@code RecordTooLargeException} inside the Kafka Streams transaction, which aborts the
 * transaction whatever an exception handler answers, and the client stops. Failing while
 * serialising instead lets the handlers dead-letter the input and go on.
 */
public class OversizedRecordException extends SerializationException {

    public OversizedRecordException(String topic, long bytes, long limit) {
        super("a record of " + bytes + " bytes for " + topic + " exceeds the " + limit
                + " bytes a record may have (max.request.size less room for the key)");
    }
}
