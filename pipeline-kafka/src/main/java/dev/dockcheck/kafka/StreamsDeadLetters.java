package dev.dockcheck.kafka;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Kafka Streams exception handlers share: which failures a record causes (a poison pill,
 * dead-lettered so that the task goes on) and which the infrastructure causes (the task fails, as
 * it would without a handler), and sending the input record, as its bytes were read, to
 * {@link DeadLetters} with reason {@code unprocessable}. Passed to the handlers through the
 * Streams configuration under {@value #CONFIG}.
 */
public final class StreamsDeadLetters {

    public static final String CONFIG = "dockcheck.streams.dead-letters";

    private static final Logger log = LoggerFactory.getLogger(StreamsDeadLetters.class);

    private static final int REMEMBERED = 1024;

    private final DeadLetters deadLetters;
    /** Input records already dead-lettered: one whose two outputs both fail is sent once. */
    private final Set<String> sent = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public StreamsDeadLetters(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    static StreamsDeadLetters from(Map<String, ?> configs) {
        if (!(configs.get(CONFIG) instanceof StreamsDeadLetters configured)) {
            throw new IllegalStateException(CONFIG + " is not set: the handler needs the service's dead letters");
        }
        return configured;
    }

    /**
     * A failure of the record itself: anything but Kafka's own errors (a broker, a store, a fenced
     * producer, an interrupt), of which only a serialisation error is the record's.
     */
    static boolean causedByTheRecord(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationException || cause instanceof UnprocessableRecordException) {
                return true;
            }
            if (cause instanceof KafkaException || cause instanceof InterruptException
                    || cause instanceof InterruptedException) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sends the input record of {@code context} to its dead-letter topic. Returns false, and sends
     * nothing, when there is none: a punctuation runs without an input record.
     */
    boolean send(ErrorHandlerContext context, Exception exception) {
        Optional<ConsumerRecord<byte[], byte[]>> input = inputOf(context);
        if (input.isEmpty()) {
            log.error("Kafka Streams failed outside any input record (processor {}, task {}); nothing to "
                    + "dead-letter, the task goes on", context.processorNodeId(), context.taskId(), exception);
            return false;
        }
        String coordinates = context.topic() + "-" + context.partition() + "@" + context.offset();
        synchronized (sent) {
            if (!sent.add(coordinates)) {
                return true;
            }
        }
        try {
            deadLetters.accept(input.get(), new UnprocessableRecordException(
                    exception.getClass().getSimpleName() + ": " + exception.getMessage(), exception));
        } catch (RuntimeException notSent) {
            synchronized (sent) {
                sent.remove(coordinates);
            }
            throw notSent;
        }
        log.warn("Dead-lettered {} (processor {}): {}", coordinates, context.processorNodeId(), exception.toString());
        return true;
    }

    /**
     * {@link #send}s, and answers whether the task may go on: false, logged, when the dead letter
     * could not be sent, for the task must then fail rather than lose the record.
     */
    boolean sendOrReport(ErrorHandlerContext context, Exception exception) {
        try {
            send(context, exception);
            return true;
        } catch (RuntimeException notSent) {
            log.error("Could not dead-letter {}-{}@{}; the task fails", context.topic(), context.partition(),
                    context.offset(), notSent);
            return false;
        }
    }

    private static Optional<ConsumerRecord<byte[], byte[]>> inputOf(ErrorHandlerContext context) {
        if (context.topic() == null || context.sourceRawValue() == null && context.sourceRawKey() == null) {
            return Optional.empty();
        }
        return Optional.of(new ConsumerRecord<>(context.topic(), context.partition(), context.offset(),
                context.timestamp(), TimestampType.CREATE_TIME, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE,
                context.sourceRawKey(), context.sourceRawValue(), context.headers(), Optional.empty()));
    }
}
