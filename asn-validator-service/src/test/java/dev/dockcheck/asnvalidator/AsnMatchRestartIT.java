package dev.dockcheck.asnvalidator;

import static dev.dockcheck.asnvalidator.kafka.ItTestData.asn;
import static dev.dockcheck.asnvalidator.kafka.ItTestData.purchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dockcheck.asnvalidator.kafka.AsnMatchTopology;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.schemas.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Stops the service's Kafka Streams mid-stream and starts it again with the same application id
 * and state directory: the POs it had stored, and the ASN that waited for its PO, are still there.
 */
@PipelineIntegrationTest
// Kafka Streams does not leave the group on close: a short session lets the restarted member in sooner
@TestPropertySource(properties = {"spring.kafka.streams.properties.session.timeout.ms=6000",
        "spring.kafka.streams.properties.heartbeat.interval.ms=1000"})
class AsnMatchRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    AvroSerdes serdes;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Test
    void keepsStoredPosAndWaitingAsnsAcrossARestart() throws Exception {
        var kafka = new AsnMatchItSupport(bootstrapServers, template, serdes);
        kafka.send(purchaseOrder("PORS0001", 120));
        kafka.send(asn("SHIP-RS-1", "PORS0002", 24));
        await(() -> purchaseOrders().get("PORS0001") != null && waitingCount() == 1);
        String applicationId = streams.getStreamsConfiguration().getProperty("application.id");
        // once the PO's offset is committed, the restarted stream does not read it again: the PO
        // it then matches against can only come from the state store
        await(() -> committedOffsets(applicationId, Topics.PURCHASE_ORDERS.name()) >= 1);

        streams.stop();
        assertThat(streams.getKafkaStreams() == null || streams.getKafkaStreams().state() == KafkaStreams.State.NOT_RUNNING)
                .isTrue();
        streams.start();
        await(() -> streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);

        assertThat(streams.getStreamsConfiguration().getProperty("application.id")).isEqualTo(applicationId);
        await(() -> purchaseOrders().get("PORS0001") != null);
        kafka.send(asn("SHIP-RS-2", "PORS0001", 130));
        kafka.send(purchaseOrder("PORS0002", 24));
        CheckCompleted againstStoredPo = kafka.resultFor("PORS0001", "SHIP-RS-2", WAIT);
        CheckCompleted released = kafka.resultFor("PORS0002", "SHIP-RS-1", WAIT);

        assertThat(againstStoredPo.getFindings()).extracting(Finding::getCode, Finding::getExpected, Finding::getActual)
                .containsExactly(tuple("SHIPPED_OVER_ORDERED", "120", "130"));
        assertThat(released.getOutcome()).isEqualTo(CheckOutcome.PASS);
    }

    private ReadOnlyKeyValueStore<String, PurchaseOrderAccepted> purchaseOrders() {
        return streams.getKafkaStreams().store(StoreQueryParameters.fromNameAndType(
                AsnMatchTopology.PURCHASE_ORDER_STORE, QueryableStoreTypes.keyValueStore()));
    }

    /** The group's committed positions in {@code topic}, summed (a transaction marker takes an offset too). */
    private long committedOffsets(String groupId, String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            return admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long waitingCount() {
        ReadOnlyKeyValueStore<String, Object> waiting = streams.getKafkaStreams().store(StoreQueryParameters
                .fromNameAndType(AsnMatchTopology.WAITING_STORE, QueryableStoreTypes.keyValueStore()));
        long count = 0;
        try (var all = waiting.all()) {
            for (; all.hasNext(); all.next()) {
                count++;
            }
        }
        return count;
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (InvalidStateStoreException | NullPointerException notReadyYet) {
                // the stores are queryable only once the stream is RUNNING
            }
            assertThat(Instant.now()).as("condition met in time").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
