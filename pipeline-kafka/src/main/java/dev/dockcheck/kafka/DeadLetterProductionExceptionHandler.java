package dev.dockcheck.kafka;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Kafka Streams {@code production.exception.handler}: an output record that cannot be serialised
 * (a value beyond the size limit, {@link OversizedRecordException}, or one its schema refuses)
 * dead-letters the input record that produced it, and the task goes on.
 *
 * <p>An error in sending (the producer's callback) stays with Kafka's default (retry a retriable
 * error, else fail): under {@code exactly_once_v2} such an error, even a
 * {@code RecordTooLargeException}, puts the transaction into an abortable state, so its commit
 * fails whatever a handler answers, and by then Kafka Streams 4.1 has already released the input
 * bytes. {@link AvroSerdes} therefore catches an oversized value while serialising.
 */
public class DeadLetterProductionExceptionHandler extends DefaultProductionExceptionHandler {

    private StreamsDeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        deadLetters = StreamsDeadLetters.from(configs);
    }

    @Override
    public ProductionExceptionHandlerResponse handleSerializationException(ErrorHandlerContext context,
            ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
        return deadLetters.sendOrReport(context, exception) ? ProductionExceptionHandlerResponse.CONTINUE
                : ProductionExceptionHandlerResponse.FAIL;
    }
}
