package dev.dockcheck.kafka;

import dev.dockcheck.schemas.Topics;
import dev.dockcheck.schemas.Topics.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
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
        TopicBuilder builder = TopicBuilder.name(name).partitions(settings.partitions())
                .replicas(settings.replicationFactor());
        if (topic == Topics.CATALOG_ITEMS && name.equals(topic.name())) {
            builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return builder.build();
    }

    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, MeterRegistry meters) {
        return new DeadLetters(deadLetterTemplate(kafka), meters);
    }

    /**
     * Dead letters are written outside any transaction: a listener's transaction is rolled back
     * when it fails, and the dead letter must survive that.
     */
    private static KafkaOperations<Object, Object> deadLetterTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(String.class, new StringSerializer());
        Serializer<Object> values = new DelegatingByTypeSerializer(withAvro(byType, config), true);
        Serializer<Object> keys = new DelegatingByTypeSerializer(byType, true);
        var factory = new DefaultKafkaProducerFactory<Object, Object>(config, () -> keys, () -> values);
        return new KafkaTemplate<>(factory);
    }

    private static Map<Class<?>, Serializer<?>> withAvro(Map<Class<?>, Serializer<?>> byType,
            Map<String, Object> config) {
        var avro = new io.apicurio.registry.serde.avro.AvroKafkaSerializer<>();
        avro.configure(config, false);
        Map<Class<?>, Serializer<?>> values = new LinkedHashMap<>(byType);
        values.put(org.apache.avro.specific.SpecificRecord.class, avro);
        return values;
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
     * Kafka Streams sends a record it cannot deserialise to the same dead-letter topics.
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
            factory.setStreamsConfiguration(config);
        };
    }

    @Bean
    AvroSerdes avroSerdes(KafkaProperties kafka) {
        return new AvroSerdes(kafka.buildStreamsProperties());
    }
}
