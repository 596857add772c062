package dev.dockcheck.labelchecker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.kafka.TopicReader;
import dev.dockcheck.labelchecker.kafka.ItFixtures;
import dev.dockcheck.registry.SchemaRegistrySupport;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Two instances of the service (two Spring contexts, one application id, two state directories)
 * on one broker: two shipments that reuse one SSCC are read from different input partitions, so
 * possibly by different instances, and the reuse is still caught, because claims meet on the
 * partition that owns the SSCC.
 */
@PipelineIntegrationTest
class TwoInstancesIT {

    static final String SSCC = "00123456789012345675";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ApplicationContext first;

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    AvroSerdes serdes;

    ConfigurableApplicationContext second;

    @AfterEach
    void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void catchesAnSsccReusedAcrossShipmentsOnDifferentInputPartitions() throws Exception {
        second = new SpringApplicationBuilder(LabelCheckerApplication.class).run(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.kafka.properties.apicurio.registry.url=" + SchemaRegistrySupport.registryUrl(),
                "--spring.kafka.streams.state-dir=target/kstreams-it/" + UUID.randomUUID(),
                "--dockcheck.kafka.partitions=3", "--server.port=0");
        awaitBothOwnTasks();
        String shipmentA = "SHIP-A";
        String shipmentB = shipmentOnAnotherPartitionThan(shipmentA);

        send(ItFixtures.asn(shipmentA, "POA00001", SSCC));
        CheckCompleted firstResult = resultFor("POA00001");
        send(ItFixtures.asn(shipmentB, "POB00001", SSCC));
        CheckCompleted secondResult = resultFor("POB00001");

        assertThat(firstResult.getOutcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(secondResult.getOutcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(secondResult.getFindings()).singleElement().satisfies(f -> {
            assertThat(f.getCode()).isEqualTo("SSCC_REUSED");
            assertThat(f.getActual()).startsWith("shipment " + shipmentA + " of ");
        });
        assertThat(reuses(first) + reuses(second)).isEqualTo(1.0);
    }

    private void awaitBothOwnTasks() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!(ownsTasks(first) && ownsTasks(second))) {
            assertThat(Instant.now()).as("both instances running with tasks").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static boolean ownsTasks(ApplicationContext context) {
        KafkaStreams streams = context.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        return streams != null && streams.state() == KafkaStreams.State.RUNNING
                && streams.metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty());
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3;
    }

    private static String shipmentOnAnotherPartitionThan(String other) {
        for (int i = 0; ; i++) {
            String candidate = "SHIP-B" + i;
            if (partition(candidate) != partition(other)) {
                return candidate;
            }
        }
    }

    private void send(ShipmentConfirmed asn) {
        template.executeInTransaction(t -> t.send(Topics.SHIPMENT_CONFIRMATIONS.name(), asn.getShipmentIdentifier(), asn));
    }

    private CheckCompleted resultFor(String po) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            byte[] value = reader.readUntil(r -> po.equals(r.key()), Duration.ofSeconds(60)).value();
            return serdes.valueSerde(CheckCompleted.class).deserializer().deserialize(Topics.CHECK_RESULTS.name(), value);
        }
    }

    private static double reuses(ApplicationContext context) {
        var counter = context.getBean(MeterRegistry.class).find("po.sscc.reuse").tag("source", "asn").counter();
        return counter == null ? 0 : counter.count();
    }
}
