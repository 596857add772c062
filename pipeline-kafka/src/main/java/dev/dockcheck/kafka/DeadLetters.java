package dev.dockcheck.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * Sends a record that a consumer gives up on to {@code <topic>-dlt}, keyed and valued as it came
 * (the original bytes when it could not be deserialised), and counts it in
 * {@code po_dead_letters_total{topic,reason}}. Besides Spring's {@code kafka_dlt-*} headers
 * (exception, message, original topic, partition and offset) each dead letter carries
 * {@value #REASON_HEADER}: one of {@code deserialization}, {@code unprocessable} or {@code processing}.
 */
public class DeadLetters implements ConsumerRecordRecoverer {

    public static final String REASON_HEADER = "dlt-reason";
    public static final String METRIC = "po.dead.letters";

    private final DeadLetterPublishingRecoverer publisher;
    private final MeterRegistry meters;

    public DeadLetters(KafkaOperations<Object, Object> template, MeterRegistry meters) {
        this.meters = meters;
        this.publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + "-dlt", -1));
        this.publisher.setHeadersFunction((record, exception) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(REASON_HEADER, reasonOf(exception).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        publisher.accept(record, exception);
        Counter.builder(METRIC)
                .description("Records sent to a dead-letter topic")
                .tag("topic", record.topic())
                .tag("reason", reasonOf(exception))
                .register(meters)
                .increment();
    }

    static String reasonOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeserializationException || cause instanceof SerializationException) {
                return "deserialization";
            }
            if (cause instanceof UnprocessableRecordException) {
                return "unprocessable";
            }
        }
        return "processing";
    }
}
