package dev.dockcheck.asnvalidator;

import dev.dockcheck.asnvalidator.domain.AsnMatch;
import dev.dockcheck.kafka.DeadLetters;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/** Turns the service's properties into the ASN match's domain settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AsnMatchProperties.class)
class AsnValidatorConfiguration {

    @Bean
    AsnMatch asnMatch(AsnMatchProperties properties) {
        return new AsnMatch(properties.settings());
    }

    /**
     * Sends Kafka Streams records that cannot be deserialised to {@code <topic>-dlt}. The shared
     * configurer in pipeline-kafka means to do this, but it writes into
     * {@code getStreamsConfiguration()}, which returns a copy in spring-kafka 4.0, so its settings
     * are lost (the stream then stops on the first bad record); this one writes the copy back.
     * Remove it once pipeline-kafka does the same.
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer streamsDeadLetters(DeadLetters deadLetters) {
        return factory -> {
            Properties config = factory.getStreamsConfiguration();
            config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                    RecoveringDeserializationExceptionHandler.class);
            config.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER,
                    (ConsumerRecordRecoverer) (record, e) -> deadLetters.accept(record, new SerializationException(e)));
            factory.setStreamsConfiguration(config);
        };
    }
}
