package dev.dockcheck.poingest;

import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.poingest.domain.UnitOfMeasureMapping;
import dev.dockcheck.poingest.kafka.CatalogStore;
import dev.dockcheck.poingest.kafka.CheckMetrics;
import dev.dockcheck.poingest.kafka.IntakePublisher;
import dev.dockcheck.poingest.kafka.UomCheckTopology;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import dev.dockcheck.events.PurchaseOrderReceived;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the UoM check topology, the REST intake's publisher and the catalog store. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableConfigurationProperties(PoIngestProperties.class)
class PoIngestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    UnitOfMeasureMapping unitOfMeasureMapping(PoIngestProperties properties) {
        return new UnitOfMeasureMapping(properties.uomSettings());
    }

    @Bean
    CheckMetrics checkMetrics(MeterRegistry meters) {
        return new CheckMetrics(meters);
    }

    @Bean
    KStream<String, PurchaseOrderReceived> uomCheckTopology(StreamsBuilder builder, AvroSerdes serdes,
            UnitOfMeasureMapping check, CheckMetrics metrics, Clock clock) {
        return UomCheckTopology.build(builder, serdes::valueSerde, serdes::unboundedValueSerde, check, metrics, clock);
    }

    @Bean
    IntakePublisher intakePublisher(KafkaTemplate<String, Object> kafka) {
        return new IntakePublisher(kafka);
    }

    @Bean
    CatalogStore catalogStore(StreamsBuilderFactoryBean streams) {
        return new CatalogStore(streams);
    }
}
