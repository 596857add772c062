package dev.dockcheck.labelchecker;

import dev.dockcheck.kafka.PipelineKafkaProperties;
import dev.dockcheck.kafka.SizeLimitedSerdes;
import dev.dockcheck.labelchecker.domain.LabelSettings;
import dev.dockcheck.labelchecker.kafka.RegistryTuning;
import dev.dockcheck.labelchecker.kafka.SsccBuckets;
import dev.dockcheck.labelchecker.kafka.SsccMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the properties into the check's domain settings, the registry's tuning and buckets, and the size limit. */
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
    SsccBuckets ssccBuckets(LabelCheckerProperties properties, PipelineKafkaProperties kafka) {
        return new SsccBuckets(properties.ssccBuckets() != null ? properties.ssccBuckets() : kafka.partitions());
    }

    /** The limit pipeline-kafka's Avro serdes apply, for this service's own records and stores. */
    @Bean
    SizeLimitedSerdes sizeLimitedSerdes(KafkaProperties kafka) {
        return new SizeLimitedSerdes(kafka.buildStreamsProperties());
    }

    @Bean
    SsccMetrics ssccMetrics(MeterRegistry meters) {
        return new SsccMetrics(meters);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
