package dev.dockcheck.labelchecker;

import dev.dockcheck.labelchecker.domain.LabelSettings;
import dev.dockcheck.labelchecker.kafka.RegistryTuning;
import dev.dockcheck.labelchecker.kafka.SsccMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import dev.dockcheck.kafka.DeadLetters;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the properties into the check's domain settings and the registry's tuning. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LabelCheckerProperties.class)
class LabelCheckerConfiguration {

    @Bean
    LabelSettings labelSettings(LabelCheckerProperties properties) {
        boolean required = properties.cartonSsccRequiredIn().stream().anyMatch(properties.region()::equalsIgnoreCase);
        return new LabelSettings(properties.companyPrefixes(), required, properties.reuseWindow());
    }

    @Bean
    RegistryTuning registryTuning(LabelCheckerProperties properties) {
        return new RegistryTuning(properties.reuseWindow(), properties.registrySweepInterval(),
                properties.registrySweepBatch());
    }

    @Bean
    SsccMetrics ssccMetrics(MeterRegistry meters) {
        return new SsccMetrics(meters);
    }

    /**
     * Sends Kafka Streams records that cannot be deserialised to {@code <topic>-dlt}. The shared
     * configurer in pipeline-kafka means to do this, but it writes into
     * {@code getStreamsConfiguration()}, which returns a copy in spring-kafka 4.0, so its settings
     * are lost; this one writes the copy back. Remove it once pipeline-kafka does the same.
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

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
