package dev.dockcheck.kafka;

import dev.dockcheck.schemas.Topics;
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
 * A record of a topic that is not one of the pipeline's (a Kafka Streams repartition topic) goes
 * to the service's own dead-letter topic, {@code <application name>-dlt}. Dead letters may be up to
 * {@value #MAX_BYTES} bytes: a poison pill is often a large record, and it must fit.
 */
public class DeadLetters implements ConsumerRecordRecoverer {

    public static final String REASON_HEADER = "dlt-reason";
    public static final String METRIC = "po.dead.letters";
    /** The largest dead letter: the dead-letter producer's max.request.size. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** max.message.bytes of the dead-letter topics: a dead letter and its batch's overhead. */
    public static final int TOPIC_MAX_MESSAGE_BYTES = MAX_BYTES + 64 * 1024;

    private final DeadLetterPublishingRecoverer publisher;
    private final MeterRegistry meters;

    public DeadLetters(KafkaOperations<Object, Object> template, MeterRegistry meters, String serviceDeadLetterTopic) {
        this.meters = meters;
        this.publisher = new DeadLetterPublishingRecoverer(template, (record, exception) ->
                new TopicPartition(deadLetterTopicOf(record.topic(), serviceDeadLetterTopic), -1));
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

    static String deadLetterTopicOf(String topic, String serviceDeadLetterTopic) {
        boolean pipelineTopic = Topics.all().stream().anyMatch(t -> t.name().equals(topic));
        return pipelineTopic ? topic + "-dlt" : serviceDeadLetterTopic;
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
