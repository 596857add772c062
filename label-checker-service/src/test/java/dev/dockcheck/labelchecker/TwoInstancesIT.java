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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
 * partition that owns the SSCC; a print registered on the partition it was read from meets them
 * there too.
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

    // one second instance for the class: a closed Streams client does not leave its group, so a
    // new one per test would wait the session timeout (45 s) for a rebalance
    static ConfigurableApplicationContext second;

    @BeforeEach
    void startSecond() throws InterruptedException {
        if (second == null) {
            second = new SpringApplicationBuilder(LabelCheckerApplication.class).run(
                    "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                    "--spring.kafka.properties.apicurio.registry.url=" + SchemaRegistrySupport.registryUrl(),
                    "--spring.kafka.streams.state-dir=target/kstreams-it/" + UUID.randomUUID(),
                    "--dockcheck.kafka.partitions=3", "--server.port=0");
        }
        awaitBothOwnTasks();
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void catchesAnSsccReusedAcrossShipmentsOnDifferentInputPartitions() throws Exception {
        double before = reuses(first) + reuses(second); // both instances serve every test of the class, the first others too
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
        assertThat(reuses(first) + reuses(second) - before).isEqualTo(1.0);
    }

    /**
     * One print keyed by its digits, so on its bucket's partition and registered where it is read;
     * one sent to another partition, so through the claims repartition: an ASN of another shipment
     * that uses both SSCCs fails for both, whichever instance reads what.
     */
    @Test
    void catchesTheReuseOfAPrintRegisteredWhereItWasReadAndOfOneSentThroughTheRepartition() throws Exception {
        double inPlaceBefore = prints(first, "in_place") + prints(second, "in_place");
        double repartitionedBefore = prints(first, "repartitioned") + prints(second, "repartitioned");
        String inPlace = ItFixtures.sscc(900_000_001L);
        String elsewhere = ItFixtures.sscc(900_000_002L);

        sendPrint(null, inPlace);
        sendPrint((ItFixtures.bucket(elsewhere, 3) + 1) % 3, elsewhere);
        awaitPrints(inPlaceBefore + repartitionedBefore + 2);
        send(ItFixtures.asn("SHIP-AFTER-PRINTS", "POC00001", inPlace, elsewhere));
        CheckCompleted result = resultFor("POC00001");

        assertThat(result.getOutcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.getFindings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.getCode()).isEqualTo("SSCC_REUSED");
            assertThat(f.getActual()).startsWith("shipment SHIP-PRINTED of ");
        });
        assertThat(prints(first, "in_place") + prints(second, "in_place") - inPlaceBefore).isEqualTo(1.0);
        assertThat(prints(first, "repartitioned") + prints(second, "repartitioned") - repartitionedBefore).isEqualTo(1.0);
    }

    /** Sends the print keyed by its 18 digits, to {@code partition} or (null) where the default partitioner puts it. */
    private void sendPrint(Integer partition, String sscc) {
        template.executeInTransaction(t -> t.send(new ProducerRecord<>(Topics.LABELS_PRINTED.name(), partition,
                ItFixtures.digits(sscc), ItFixtures.printed(sscc, "SHIP-PRINTED"))));
    }

    private void awaitPrints(double count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (prints(first, "in_place") + prints(second, "in_place") + prints(first, "repartitioned")
                + prints(second, "repartitioned") < count) {
            assertThat(Instant.now()).as("the prints read").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static double prints(ApplicationContext context, String route) {
        var counter = context.getBean(MeterRegistry.class).find("po.sscc.prints").tag("route", route).counter();
        return counter == null ? 0 : counter.count();
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
