package dev.dockcheck.kafka;

import dev.dockcheck.schemas.Topics;
import dev.dockcheck.schemas.Topics.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The Kafka wiring every service shares: the pipeline's topics and their dead-letter topics, one
 * error handler for listeners (plain and transactional) and one deserialisation handler for
 * Kafka Streams, all of which end in {@link DeadLetters}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PipelineKafkaProperties.class)
public class PipelineKafkaAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(PipelineKafkaProperties settings) {
        return new KafkaAdmin.NewTopics(Topics.all().stream()
                .flatMap(topic -> Stream.of(newTopic(topic, topic.name(), settings),
                        newTopic(topic, topic.deadLetterTopic(), settings)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(Topic<?> topic, String name, PipelineKafkaProperties settings) {
        if (name.equals(topic.deadLetterTopic())) {
            return deadLetterTopic(name, settings);
        }
        TopicBuilder builder = TopicBuilder.name(name).partitions(settings.partitions())
                .replicas(settings.replicationFactor());
        if (topic == Topics.CATALOG_ITEMS) {
            builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return builder.build();
    }

    private static NewTopic deadLetterTopic(String name, PipelineKafkaProperties settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicationFactor())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(DeadLetters.TOPIC_MAX_MESSAGE_BYTES))
                .build();
    }

    /** A Kafka Streams service's own dead-letter topic, for records of its repartition topics. */
    @Bean
    @ConditionalOnBean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_BUILDER_BEAN_NAME)
    KafkaAdmin.NewTopics serviceDeadLetterTopic(Environment environment, PipelineKafkaProperties settings) {
        return new KafkaAdmin.NewTopics(deadLetterTopic(serviceDeadLetterTopic(environment), settings));
    }

    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, MeterRegistry meters, Environment environment) {
        return new DeadLetters(DeadLetterTemplate.of(kafka), meters, serviceDeadLetterTopic(environment));
    }

    static String serviceDeadLetterTopic(Environment environment) {
        return environment.getProperty("spring.application.name", "dockcheck") + "-dlt";
    }

    @Bean
    DefaultErrorHandler pipelineErrorHandler(DeadLetters deadLetters, PipelineKafkaProperties settings) {
        var handler = new DefaultErrorHandler(deadLetters, backOff(settings));
        handler.addNotRetryableExceptions(UnprocessableRecordException.class);
        return handler;
    }

    @Bean
    DefaultAfterRollbackProcessor<Object, Object> pipelineAfterRollbackProcessor(DeadLetters deadLetters,
            PipelineKafkaProperties settings, KafkaOperations<Object, Object> template) {
        var processor = new DefaultAfterRollbackProcessor<>(deadLetters, backOff(settings), template, true);
        processor.addNotRetryableExceptions(UnprocessableRecordException.class);
        return processor;
    }

    private static FixedBackOff backOff(PipelineKafkaProperties settings) {
        return new FixedBackOff(settings.retryBackoff().toMillis(), settings.retries());
    }

    /**
     * Kafka Streams sends a record it cannot deserialise, one a processor throws on and one whose
     * output cannot be serialised to the same dead-letter topics, and goes on.
     * {@code getStreamsConfiguration()} returns a copy, so the settings are written back.
     */
    @Bean
    @ConditionalOnClass(StreamsConfig.class)
    StreamsBuilderFactoryBeanConfigurer deadLettersForStreams(DeadLetters deadLetters) {
        ConsumerRecordRecoverer recoverer = (record, exception) ->
                deadLetters.accept(record, new SerializationException(exception));
        return factory -> {
            Properties config = factory.getStreamsConfiguration();
            config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                    RecoveringDeserializationExceptionHandler.class);
            config.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER, recoverer);
            config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                    DeadLetterProcessingExceptionHandler.class);
            config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                    DeadLetterProductionExceptionHandler.class);
            config.put(StreamsDeadLetters.CONFIG, new StreamsDeadLetters(deadLetters));
            factory.setStreamsConfiguration(config);
        };
    }

    @Bean
    AvroSerdes avroSerdes(KafkaProperties kafka) {
        return new AvroSerdes(kafka.buildStreamsProperties());
    }
}
