package dev.dockcheck.approval;

import dev.dockcheck.approval.domain.ApprovalPolicy;
import dev.dockcheck.approval.kafka.OutboxRelay;
import dev.dockcheck.approval.kafka.PublishedTail;
import dev.dockcheck.approval.kafka.RelayLeadership;
import dev.dockcheck.approval.kafka.RelayLoop;
import dev.dockcheck.approval.store.DecisionOutbox;
import dev.dockcheck.schemas.Topics;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** Wiring: properties to the domain policy, the database transactions, and the outbox relay. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ApprovalProperties.class, RelayProperties.class})
class ApprovalConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ApprovalPolicy approvalPolicy(ApprovalProperties properties) {
        return new ApprovalPolicy(properties.toDomain());
    }

    /** @Transactional means the database; the listeners' Kafka transactions are the containers' own. */
    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(JdbcTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    PublishedTail publishedTail(KafkaProperties kafka, RelayProperties relay) {
        return new PublishedTail(kafka.buildConsumerProperties(), Topics.APPROVAL_DECISIONS.name(), relay.recoveryTimeout());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "dockcheck.approval.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(DecisionOutbox outbox, DataSource dataSource, PublishedTail tail, KafkaProperties kafka,
            RelayProperties relay, TransactionTemplate transactions, Clock clock) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, relay.transactionalId());
        return new OutboxRelay(outbox, new RelayLeadership(dataSource), tail, () -> new KafkaProducer<>(config),
                transactions, relay.batchSize(), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "dockcheck.approval.relay.enabled", matchIfMissing = true)
    RelayLoop relayLoop(OutboxRelay relay, RelayProperties properties) {
        return new RelayLoop(relay, properties.interval());
    }
}
