package dev.dockcheck.approval.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.UnprocessableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Records are "PO:payload" strings; the workflow stores them, and a rolled-back transaction stores nothing. */
class BatchIntakeTest {

    final List<String> stored = new ArrayList<>();
    final List<String> pending = new ArrayList<>();
    int commits;
    final DeadLetters deadLetters = mock(DeadLetters.class);
    final BatchIntake intake = new BatchIntake(deadLetters, new TransactionTemplate(new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            stored.addAll(pending);
            pending.clear();
            commits++;
        }

        @Override
        public void rollback(TransactionStatus status) {
            pending.clear();
        }
    }));

    @SafeVarargs
    private void process(Set<String> failing, RuntimeException failure, ConsumerRecord<String, String>... records) {
        intake.process(Arrays.asList(records), value -> {
            if (value.startsWith("unmappable")) {
                throw new UnprocessableRecordException(value);
            }
            return value;
        }, value -> value.split(":")[0], values -> values.forEach(value -> {
            if (failing.contains(value)) {
                throw failure;
            }
            pending.add(value);
        }));
    }

    static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("purchase-orders", 0, 0, value, value);
    }

    static ConsumerRecord<String, String> unreadable() {
        RecordHeaders headers = new RecordHeaders();
        SerializationUtils.deserializationException(headers, "junk".getBytes(StandardCharsets.UTF_8),
                new DeserializationException("not avro", "junk".getBytes(StandardCharsets.UTF_8), false, null), false);
        return new ConsumerRecord<>("purchase-orders", 0, 0, 0L, TimestampType.CREATE_TIME, 0, 4, "junk", null, headers,
                java.util.Optional.empty());
    }

    @Nested
    class OnePollOneTransaction {
        @Test
        void storesThePollInOneTransactionByPoKeepingEachPosOrder() {
            process(Set.of(), null, record("B:1"), record("A:1"), record("B:2"), record("A:2"));

            assertThat(stored).containsExactly("A:1", "A:2", "B:1", "B:2");
            assertThat(commits).isEqualTo(1);
            verify(deadLetters, never()).accept(any(), any());
        }
    }

    @Nested
    class RecordsThatCannotBeRead {
        @Test
        void deadLettersAnUnreadableRecordAndStoresTheRestInTheSameTransaction() {
            var junk = unreadable();

            process(Set.of(), null, record("A:1"), junk, record("B:1"));

            assertThat(stored).containsExactly("A:1", "B:1");
            assertThat(commits).isEqualTo(1);
            verify(deadLetters).accept(same(junk), any(DeserializationException.class));
        }

        @Test
        void deadLettersARecordThatCannotBeMapped() {
            var odd = record("unmappable:1");

            process(Set.of(), null, record("A:1"), odd);

            assertThat(stored).containsExactly("A:1");
            verify(deadLetters).accept(same(odd), any(UnprocessableRecordException.class));
        }
    }

    @Nested
    class RecordsThatFailToProcess {
        @Test
        void deadLettersTheRecordThatFailsOnItsOwnAndKeepsTheOthers() {
            var bad = record("B:nul");
            var failure = new DataIntegrityViolationException("zero bytes may not occur in string parameters");

            process(Set.of("B:nul"), failure, record("A:1"), bad, record("C:1"));

            assertThat(stored).containsExactly("A:1", "C:1");
            verify(deadLetters).accept(bad, failure);
        }

        @Test
        void failsTheWholePollWhenTheDatabaseIsAwaySoThatItIsDeliveredAgain() {
            var failure = new CannotGetJdbcConnectionException("connection refused");

            assertThatThrownBy(() -> process(Set.of("B:1"), failure, record("A:1"), record("B:1")))
                    .isSameAs(failure);
            verify(deadLetters, never()).accept(any(), any());
        }

        @Test
        void failsTheWholePollOnALockConflict() {
            var failure = new CannotAcquireLockException("deadlock detected");

            assertThatThrownBy(() -> process(Set.of("A:1"), failure, record("A:1"))).isSameAs(failure);
            verify(deadLetters, never()).accept(any(), any());
        }
    }
}
