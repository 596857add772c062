package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.store.DecisionOutbox;
import dev.dockcheck.approval.store.DecisionOutbox.Decision;
import dev.dockcheck.approval.store.DecisionOutbox.Landed;
import dev.dockcheck.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the decision outbox to {@code approval-decisions}, each decision exactly once.
 *
 * <p>Per batch, in one database transaction: lock the oldest unpublished decisions, publish them
 * in one Kafka transaction (which holds nothing else), commit it, then record each one's
 * partition and offset as published. A crash between the Kafka commit and the database commit
 * leaves decisions published but not recorded. So whenever the relay (re)starts, it first starts
 * its producer with the one shared transactional id, which fences a dead relay and settles its open
 * transaction, then reads the committed tail of the topic beyond the recorded offsets and records
 * the decisions it finds there as published, instead of sending them again. Only the leader relays.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final DecisionOutbox outbox;
    private final RelayLeadership leadership;
    private final PublishedTail tail;
    private final Supplier<Producer<String, Object>> producers;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Clock clock;
    private Producer<String, Object> producer;

    public OutboxRelay(DecisionOutbox outbox, RelayLeadership leadership, PublishedTail tail,
            Supplier<Producer<String, Object>> producers, TransactionTemplate transactions, int batchSize, Clock clock) {
        this.outbox = outbox;
        this.leadership = leadership;
        this.tail = tail;
        this.producers = producers;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Publishes what is pending; returns how many decisions it published. */
    public synchronized int relayPending() {
        int published = 0;
        try {
            if (!leadership.holdOrAcquire()) {
                stopProducer();
                return 0;
            }
            if (producer == null) {
                start();
            }
            for (int sent = publishBatch(); sent > 0; sent = sent == batchSize ? publishBatch() : 0) {
                published += sent;
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay stopped, it recovers on the next round: {}", e.toString());
            stopProducer();
        }
        return published;
    }

    private void start() {
        producer = producers.get();
        producer.initTransactions();
        var landed = tail.after(outbox.publishedHighWaterMarks());
        Integer recorded = transactions.execute(status -> outbox.markPublished(landed.entrySet().stream()
                .map(found -> new Landed(found.getKey(), found.getValue().partition(), found.getValue().offset()))
                .toList(), clock.instant()));
        if (recorded != null && recorded > 0) {
            log.info("Recorded {} decisions that were published before a restart, instead of sending them again", recorded);
        }
    }

    private int publishBatch() {
        Integer sent = transactions.execute(status -> {
            List<Decision> batch = outbox.lockUnpublished(batchSize);
            if (!batch.isEmpty()) {
                List<RecordMetadata> landed = publish(batch);
                outbox.markPublished(IntStream.range(0, batch.size()).mapToObj(i -> new Landed(batch.get(i).decisionId(),
                        landed.get(i).partition(), landed.get(i).offset())).toList(), clock.instant());
            }
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }

    private List<RecordMetadata> publish(List<Decision> batch) {
        producer.beginTransaction();
        List<Future<RecordMetadata>> sends = batch.stream().map(this::send).toList();
        producer.commitTransaction();
        return sends.stream().map(OutboxRelay::landed).toList();
    }

    private Future<RecordMetadata> send(Decision decision) {
        var record = new ProducerRecord<String, Object>(Topics.APPROVAL_DECISIONS.name(), decision.poNumber(),
                EventMapper.decided(decision));
        record.headers().add(PublishedTail.DECISION_ID_HEADER,
                decision.decisionId().toString().getBytes(StandardCharsets.UTF_8));
        return producer.send(record);
    }

    private static RecordMetadata landed(Future<RecordMetadata> send) {
        try {
            return send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void stopProducer() {
        if (producer != null) {
            try {
                producer.close();
            } catch (RuntimeException ignored) {
                // an open transaction is aborted, or settled by the next initTransactions
            }
            producer = null;
        }
    }

    @Override
    public synchronized void close() {
        stopProducer();
        leadership.close();
    }
}
