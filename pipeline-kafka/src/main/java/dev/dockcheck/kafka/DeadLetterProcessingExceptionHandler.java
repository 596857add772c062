package dev.dockcheck.kafka;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams {@code processing.exception.handler} (KIP-1033): a processor that throws on a
 * record (a rule's arithmetic, a value too large for a store) dead-letters the input record and
 * the task goes on. A failure of Kafka itself fails the task, as it would without a handler, and
 * so does a dead letter that cannot be sent. A punctuation has no input record: it is logged and
 * the task goes on, so that the punctuation runs again next time instead of the client stopping.
 */
public class DeadLetterProcessingExceptionHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingExceptionHandler.class);

    private StreamsDeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = StreamsDeadLetters.from(configs);
    }

    @Override
    public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (!StreamsDeadLetters.causedByTheRecord(exception)) {
            log.error("Processor {} failed on a Kafka error; the task fails", context.processorNodeId(), exception);
            return ProcessingHandlerResponse.FAIL;
        }
        return deadLetters.sendOrReport(context, exception) ? ProcessingHandlerResponse.CONTINUE
                : ProcessingHandlerResponse.FAIL;
    }
}
