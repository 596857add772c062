package dev.dockcheck.approval.kafka;

import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.UnprocessableRecordException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One poll of an input topic as one PostgreSQL transaction (the container's Kafka transaction
 * then commits the poll's offsets once).
 *
 * <p>A record that cannot be deserialised or mapped is dead-lettered on the spot and skipped: no
 * rollback, no seek, no retry. The rest go to the workflow together, in one transaction, sorted by
 * PO (a stable sort, so each PO's records keep their order), so that the two listeners write and
 * lock the rows of their POs in the same order and do not deadlock each other. If that transaction fails, the
 * poll is processed again one record per transaction: a record that fails on its own is
 * dead-lettered ({@code processing}) and the others are kept. A failure that a later delivery may
 * not meet (the database is away, a lock conflict) fails the whole poll instead: the container
 * rolls its Kafka transaction back and delivers the poll again, which changes nothing stored.
 */
@Component
class BatchIntake {

    private static final Logger log = LoggerFactory.getLogger(BatchIntake.class);
    private static final LogAccessor HEADER_LOG = new LogAccessor(BatchIntake.class);

    private final DeadLetters deadLetters;
    private final TransactionTemplate transactions;

    BatchIntake(DeadLetters deadLetters, TransactionTemplate transactions) {
        this.deadLetters = deadLetters;
        this.transactions = transactions;
    }

    /** A record and what it says in the approval's terms. */
    private record Readable<T>(ConsumerRecord<String, ?> record, T event) {
    }

    <V, T> void process(List<ConsumerRecord<String, V>> records, Function<V, T> mapper, Function<T, String> poNumber,
            Consumer<List<T>> workflow) {
        List<Readable<T>> readable = readable(records, mapper);
        if (readable.isEmpty()) {
            return;
        }
        readable.sort(Comparator.comparing(item -> poNumber.apply(item.event())));
        try {
            transactions.executeWithoutResult(status -> workflow.accept(readable.stream().map(Readable::event).toList()));
        } catch (RuntimeException e) {
            log.warn("A poll of {} records failed as one transaction ({}); processing it one record at a time",
                    readable.size(), e.toString());
            readable.forEach(item -> alone(item, workflow));
        }
    }

    private <V, T> List<Readable<T>> readable(List<ConsumerRecord<String, V>> records, Function<V, T> mapper) {
        List<Readable<T>> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, V> record : records) {
            DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, HEADER_LOG);
            if (unreadable != null) {
                deadLetters.accept(record, unreadable);
                continue;
            }
            try {
                readable.add(new Readable<>(record, map(record.value(), mapper)));
            } catch (RuntimeException e) {
                // mapping is pure: whatever it throws, this record can never be processed
                deadLetters.accept(record, e);
            }
        }
        return readable;
    }

    private static <V, T> T map(V value, Function<V, T> mapper) {
        if (value == null) {
            throw new UnprocessableRecordException("record without a value");
        }
        return mapper.apply(value);
    }

    private <T> void alone(Readable<T> item, Consumer<List<T>> workflow) {
        try {
            transactions.executeWithoutResult(status -> workflow.accept(List.of(item.event())));
        } catch (RuntimeException e) {
            if (retryable(e)) {
                throw e;
            }
            deadLetters.accept(item.record(), e);
        }
    }

    /** Failures that a later delivery of the same record may not meet. */
    static boolean retryable(RuntimeException e) {
        return e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                || e instanceof DataAccessResourceFailureException || e instanceof TransactionException;
    }
}
