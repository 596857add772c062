package dev.dockcheck.localruntime;

import dev.dockcheck.schemas.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What is left inside the pipeline once it has drained: the approval-service's stages still
 * waiting and decisions not yet relayed (PostgreSQL), and records in the dead-letter topics.
 */
final class PipelineState {

    /** Counts from the approval-service's database and the dead-letter topics. */
    record Snapshot(long undecidedStages, long unpublishedDecisions, long storedDecisions, long deadLetters) {

        boolean settled() {
            return undecidedStages == 0 && unpublishedDecisions == 0;
        }
    }

    private final String jdbcUrl;
    private final String bootstrapServers;

    PipelineState(String jdbcUrl, String bootstrapServers) {
        this.jdbcUrl = jdbcUrl;
        this.bootstrapServers = bootstrapServers;
    }

    Snapshot snapshot() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                Statement statement = db.createStatement()) {
            return new Snapshot(count(statement, "select count(*) from stage where decided_at is null"),
                    count(statement, "select count(*) from decision where published_at is null"),
                    count(statement, "select count(*) from decision"), deadLetters());
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Records in every {@code <topic>-dlt} (end offsets; nothing else writes them). */
    long deadLetters() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = Topics.all().stream().map(Topics.Topic::deadLetterTopic)
                    .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
