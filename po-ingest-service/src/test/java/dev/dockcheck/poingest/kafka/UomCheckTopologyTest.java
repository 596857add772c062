package dev.dockcheck.poingest.kafka;

import dev.dockcheck.kafka.PlainAvroSerdes;
import static dev.dockcheck.poingest.kafka.Avro.casesOf;
import static dev.dockcheck.poingest.kafka.Avro.catalogItem;
import static dev.dockcheck.poingest.kafka.Avro.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.poingest.domain.UnitOfMeasureMapping;
import dev.dockcheck.poingest.domain.UomSettings;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UomCheckTopologyTest {

    private static final PlainAvroSerdes SERDES = new PlainAvroSerdes();

    static final Instant NOW = Instant.parse("2026-01-05T11:00:00Z");
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, CatalogItem> catalog;
    TestInputTopic<String, PurchaseOrderReceived> inbound;
    TestOutputTopic<String, PurchaseOrderAccepted> accepted;
    TestOutputTopic<String, CheckCompleted> results;

    @BeforeEach
    void start() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        UomCheckTopology.build(builder, SERDES::valueSerde, SERDES::valueSerde, new UnitOfMeasureMapping(new UomSettings(BigDecimal.ONE)),
                new CheckMetrics(meters), Clock.fixed(NOW, ZoneOffset.UTC));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "uom-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("uom-topology").toString());
        driver = new TopologyTestDriver(builder.build(), props);
        catalog = driver.createInputTopic(Topics.CATALOG_ITEMS.name(), Serdes.String().serializer(),
                SERDES.valueSerde(CatalogItem.class).serializer());
        inbound = driver.createInputTopic(Topics.PURCHASE_ORDERS_INBOUND.name(), Serdes.String().serializer(),
                SERDES.valueSerde(PurchaseOrderReceived.class).serializer());
        accepted = driver.createOutputTopic(Topics.PURCHASE_ORDERS.name(), Serdes.String().deserializer(),
                SERDES.valueSerde(PurchaseOrderAccepted.class).deserializer());
        results = driver.createOutputTopic(Topics.CHECK_RESULTS.name(), Serdes.String().deserializer(),
                SERDES.valueSerde(CheckCompleted.class).deserializer());
        catalog.pipeInput("SKU-1", catalogItem("SKU-1", 12, "2.00"));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void publishesTheNormalisedOrderAndItsUomResultKeyedByPoNumber() {
        inbound.pipeInput("PO-1", order("PO-1", null, casesOf("SKU-1", 10, 12, "2.00")));

        var result = results.readKeyValue();
        var po = accepted.readKeyValue();
        assertThat(result.key).isEqualTo("PO-1");
        assertThat(result.value.getCheckType()).isEqualTo(CheckType.UOM_MAPPING);
        assertThat(result.value.getOutcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(result.value.getCheckedAt()).isEqualTo(NOW);
        assertThat(po.key).isEqualTo("PO-1");
        assertThat(po.value.getTotalEaches()).isEqualTo(120);
        assertThat(po.value.getTotalValue().getAmount()).isEqualByComparingTo("240");
        assertThat(po.value.getAcknowledgeBy()).isEqualTo(Avro.ORDER_DATE.plusSeconds(24 * 3600));
        assertThat(po.value.getChange()).isFalse();
        assertThat(meters.counter("po.checks", "check", "UOM_MAPPING", "outcome", "PASS").count()).isEqualTo(1);
        assertThat(meters.timer("po.check.duration", "check", "UOM_MAPPING").count()).isEqualTo(1);
    }

    @Test
    void appliesACatalogChangeToTheNextPo() {
        inbound.pipeInput("PO-1", order("PO-1", null, casesOf("SKU-1", 10, 12, "2.00")));
        catalog.pipeInput("SKU-1", catalogItem("SKU-1", 6, "2.00"));
        inbound.pipeInput("PO-2", order("PO-2", null, casesOf("SKU-1", 10, 12, "2.00")));

        assertThat(results.readValuesToList()).extracting(CheckCompleted::getOutcome)
                .containsExactly(CheckOutcome.PASS, CheckOutcome.FAIL);
    }

    @Test
    void acceptsAPoWhoseLineValueOverflowsMoneyWithoutTheValueAndFailsIt() {
        inbound.pipeInput("PO-HUGE", order("PO-HUGE", null,
                casesOf("SKU-1", Long.MAX_VALUE / 12, 12, "99999.9999"), casesOf("SKU-1", 1, 12, "2.00")));

        PurchaseOrderAccepted po = accepted.readValue();
        CheckCompleted result = results.readValue();

        assertThat(po.getLines().get(0).getLineValue()).isNull();
        assertThat(po.getLines().get(1).getLineValue().getAmount()).isEqualByComparingTo("24");
        assertThat(po.getTotalValue().getAmount()).isEqualByComparingTo("24");
        assertThat(result.getOutcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.getFindings()).filteredOn(f -> f.getCode().equals("VALUE_OUT_OF_RANGE"))
                .extracting(Finding::getPath).containsExactly("items[0].netCost");
    }

    @Nested
    class Resends {
        final Instant changed = Avro.ORDER_DATE.plusSeconds(3600);

        @Test
        void producesNoSecondResultForAnUnchangedResend() {
            inbound.pipeInput("PO-1", order("PO-1", null, casesOf("SKU-1", 10, 12, "2.00")));
            inbound.pipeInput("PO-1", order("PO-1", null, casesOf("SKU-1", 10, 12, "2.00")));

            assertThat(results.readValuesToList()).hasSize(1);
            assertThat(accepted.readValuesToList()).hasSize(1);
            assertThat(meters.counter("po.intake", "source", "kafka", "result", "unchanged_resend").count()).isEqualTo(1);
        }

        @Test
        void checksAChangedPoAgainAndMarksItAsAChange() {
            inbound.pipeInput("PO-1", order("PO-1", null, casesOf("SKU-1", 10, 12, "2.00")));
            inbound.pipeInput("PO-1", order("PO-1", changed, casesOf("SKU-1", 20, 12, "2.00")));

            var second = results.readValuesToList().get(1);
            var po = accepted.readValuesToList().get(1);
            assertThat(second.getFindings()).extracting(Finding::getCode).containsExactly("PO_CHANGED");
            assertThat(po.getChange()).isTrue();
            assertThat(po.getPurchaseOrderChangedDate()).isEqualTo(changed);
            assertThat(po.getTotalEaches()).isEqualTo(240);
        }

        @Test
        void dropsAnOlderCopyArrivingAfterAChange() {
            inbound.pipeInput("PO-1", order("PO-1", changed, casesOf("SKU-1", 20, 12, "2.00")));
            inbound.pipeInput("PO-1", order("PO-1", null, casesOf("SKU-1", 10, 12, "2.00")));

            assertThat(results.readValuesToList()).hasSize(1);
            assertThat(meters.counter("po.intake", "source", "kafka", "result", "stale").count()).isEqualTo(1);
        }
    }
}
