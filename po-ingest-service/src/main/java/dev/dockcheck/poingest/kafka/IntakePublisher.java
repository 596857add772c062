package dev.dockcheck.poingest.kafka;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the records of one accepted REST document in one Kafka transaction: all of them, or
 * none. Returns where each one went.
 */
public class IntakePublisher {

    private final KafkaTemplate<String, Object> kafka;

    public IntakePublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    public List<Placement> publish(String topic, List<Keyed> records) {
        List<CompletableFuture<SendResult<String, Object>>> sent = kafka.executeInTransaction(ops ->
                records.stream().map(r -> ops.send(topic, r.key(), r.value())).toList());
        return sent.stream().map(IntakePublisher::placement).toList();
    }

    private static Placement placement(CompletableFuture<SendResult<String, Object>> future) {
        try {
            var result = future.get();
            var metadata = result.getRecordMetadata();
            return new Placement(metadata.topic(), result.getProducerRecord().key(), metadata.partition(), metadata.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish failed", e.getCause());
        }
    }

    /** A record to publish under its key. */
    public record Keyed(String key, SpecificRecord value) {
    }

    /** Where a published record went. */
    public record Placement(String topic, String key, int partition, long offset) {
    }
}
