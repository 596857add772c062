package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.domain.Reason;
import dev.dockcheck.approval.domain.Stage;
import dev.dockcheck.approval.store.DecisionOutbox;
import dev.dockcheck.approval.store.JsonColumns;
import dev.dockcheck.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An outbox relay on a database of its own (migrated by the service's Flyway scripts) and the real
 * broker, whose producer can be made to die at a chosen moment: before it publishes, or after its
 * Kafka transaction committed but before the outbox recorded it.
 */
public final class RelayRig {

    /** What a crashing producer throws: the process is gone from here on. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String when) {
            super("simulated crash " + when);
        }
    }

    private final DriverManagerDataSource dataSource;
    private final DecisionOutbox outbox;
    private final TransactionTemplate transactions;
    private final Map<String, Object> producerConfig;
    private final Map<String, Object> consumerConfig;

    public RelayRig(String jdbcUrl, Map<String, Object> producerProperties, Map<String, Object> consumerProperties,
            JsonMapper json) {
        dataSource = new DriverManagerDataSource(jdbcUrl, "postgres", "postgres");
        Flyway.configure().dataSource(dataSource).load().migrate();
        // nothing to wake here: the tests run the relay themselves
        outbox = new DecisionOutbox(JdbcClient.create(dataSource), new JdbcTemplate(dataSource), new JsonColumns(json), event -> { });
        transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        producerConfig = new HashMap<>(producerProperties);
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "relay-rig-" + UUID.randomUUID());
        consumerConfig = consumerProperties;
    }

    /** A HELD decision, committed in the outbox: what the listener or an approver leaves behind. */
    public UUID commitDecision(String poNumber) {
        UUID decisionId = UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.append(decisionId, poNumber, Stage.ORDER, null, "HELD",
                "system", List.of(new Reason(Reason.VALUE_ABOVE_THRESHOLD, "too much", List.of())), null, null,
                Instant.now()));
        return decisionId;
    }

    public boolean recordedAsPublished(String poNumber) {
        return outbox.forPo(poNumber).stream().allMatch(decision -> decision.publishedAt() != null);
    }

    public OutboxRelay relay(Supplier<Producer<String, Object>> producers) {
        return new OutboxRelay(outbox, new RelayLeadership(dataSource),
                new PublishedTail(consumerConfig, Topics.APPROVAL_DECISIONS.name(), Duration.ofSeconds(15)),
                producers, transactions, 10, Clock.systemUTC());
    }

    public Producer<String, Object> healthyProducer() {
        return new KafkaProducer<>(producerConfig);
    }

    public Producer<String, Object> producerDyingBeforePublishing() {
        return new KafkaProducer<>(producerConfig) {
            @Override
            public void beginTransaction() {
                throw new SimulatedCrash("before publishing");
            }
        };
    }

    public Producer<String, Object> producerDyingAfterPublishing() {
        return new KafkaProducer<>(producerConfig) {
            @Override
            public void commitTransaction() {
                super.commitTransaction();
                throw new SimulatedCrash("after publishing, before the outbox recorded it");
            }
        };
    }
}
