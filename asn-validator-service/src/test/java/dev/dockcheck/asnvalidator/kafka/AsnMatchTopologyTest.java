package dev.dockcheck.asnvalidator.kafka;

import static dev.dockcheck.asnvalidator.kafka.AvroTestData.asn;
import static dev.dockcheck.asnvalidator.kafka.AvroTestData.cases;
import static dev.dockcheck.asnvalidator.kafka.AvroTestData.eaches;
import static dev.dockcheck.asnvalidator.kafka.AvroTestData.item;
import static dev.dockcheck.asnvalidator.kafka.AvroTestData.purchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dockcheck.asnvalidator.domain.AsnMatch;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.DeadLetters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.state.KeyValueStore;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AsnMatchTopologyTest {

    private static final Duration TIMEOUT = AsnMatchDriver.TIMEOUT;
    private static final Duration INTERVAL = AsnMatchDriver.INTERVAL;

    private AsnMatchDriver harness;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ShipmentConfirmed> asns;
    private TestOutputTopic<String, CheckCompleted> results;
    private SimpleMeterRegistry meters;

    @BeforeEach
    void startDriver() {
        harness = new AsnMatchDriver();
        driver = harness.driver;
        asns = harness.asns;
        results = harness.results;
        meters = harness.meters;
    }

    @AfterEach
    void closeDriver() {
        harness.close();
    }

    private void send(ShipmentConfirmed asn) {
        harness.send(asn);
    }

    private void send(PurchaseOrderAccepted po) {
        harness.send(po);
    }

    private static List<String> codes(CheckCompleted result) {
        return result.getFindings().stream().map(Finding::getCode).toList();
    }

    private double waitingGauge() {
        return meters.get(AsnMatchMetrics.WAITING).gauge().value();
    }

    @Nested
    class WhenThePoIsKnown {

        @Test
        void publishesOneAsnMatchPerPoKeyedByPoWithTheShipmentAsSubject() {
            send(purchaseOrder("PO-A", 120));
            send(purchaseOrder("PO-B", 24));
            send(asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", cases(10, 12)),
                    item("002", "B0ASIN0001", "PO-B", eaches(30))));

            List<TestRecord<String, CheckCompleted>> out = results.readRecordsToList();

            assertThat(out).extracting(TestRecord::key, r -> r.value().getCheckType(), r -> r.value().getSubjectId(),
                    r -> r.value().getOutcome()).containsExactlyInAnyOrder(
                    tuple("PO-A", CheckType.ASN_MATCH, "SHIP-1", CheckOutcome.PASS),
                    tuple("PO-B", CheckType.ASN_MATCH, "SHIP-1", CheckOutcome.FAIL));
            CheckCompleted poB = out.stream().filter(r -> r.key().equals("PO-B")).findFirst().orElseThrow().value();
            assertThat(poB.getFindings()).extracting(Finding::getCode, Finding::getExpected, Finding::getActual)
                    .containsExactly(tuple("SHIPPED_OVER_ORDERED", "24", "30"));
        }

        @Test
        void matchesAgainstTheNewestVersionOfThePo() {
            send(purchaseOrder("PO-A", 100));
            send(purchaseOrder("PO-A", 120));
            send(asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(120))));

            assertThat(results.readValue().getOutcome()).isEqualTo(CheckOutcome.PASS);
        }

        @Test
        void countsEveryOutcome() {
            send(purchaseOrder("PO-A", 120));
            send(asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(120))));
            send(asn("SHIP-2", item("001", "B0ASIN0001", "PO-A", eaches(200))));

            assertThat(meters.get(AsnMatchMetrics.CHECKS).tag("check", "ASN_MATCH").tag("outcome", "PASS")
                    .counter().count()).isEqualTo(1.0);
            assertThat(meters.get(AsnMatchMetrics.CHECKS).tag("outcome", "FAIL").counter().count()).isEqualTo(1.0);
        }
    }

    @Nested
    class WhenTheAsnArrivesBeforeItsPo {

        @Test
        void waitsAndMatchesWhenThePoArrives() {
            send(asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(90))));

            assertThat(results.isEmpty()).isTrue();
            assertThat(waitingGauge()).isEqualTo(1.0);

            driver.advanceWallClockTime(Duration.ofMinutes(10));
            send(purchaseOrder("PO-A", 120));

            CheckCompleted result = results.readValue();
            assertThat(result.getPoNumber()).isEqualTo("PO-A");
            assertThat(codes(result)).containsExactly("SHORT_SHIPPED");
            assertThat(waitingGauge()).isZero();
        }

        @Test
        void failsWithPoNotFoundOnceTheTimeoutPassesAndNotBefore() {
            send(asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(90))));

            driver.advanceWallClockTime(TIMEOUT.minus(INTERVAL));
            assertThat(results.isEmpty()).isTrue();

            driver.advanceWallClockTime(INTERVAL.multipliedBy(2));
            CheckCompleted result = results.readValue();
            assertThat(result.getOutcome()).isEqualTo(CheckOutcome.FAIL);
            assertThat(codes(result)).containsExactly(AsnMatch.PO_NOT_FOUND);
            assertThat(waitingGauge()).isZero();

            send(purchaseOrder("PO-A", 120));
            assertThat(results.isEmpty()).as("a timed-out ASN is not matched again").isTrue();
        }
    }

    @Nested
    class ShipmentIdentifierHistory {

        @Test
        void failsAnotherShipmentThatReusesTheIdentifierEvenWhenKeyedDifferently() {
            send(purchaseOrder("PO-A", 120));
            send(asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(120))));
            ShipmentConfirmed other = asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(60)));
            asns.pipeInput("PO-A", other);

            List<CheckCompleted> out = results.readValuesToList();

            assertThat(codes(out.get(0))).isEmpty();
            assertThat(codes(out.get(1))).contains("SHIPMENT_IDENTIFIER_REUSED");
        }

        @Test
        void forgetsOriginalsOnceTheReuseWindowHasPassedOnTheWallClock() {
            Instant now = Instant.now();
            ShipmentConfirmed old = asn("SHIP-OLD", item("001", "B0ASIN0001", "PO-A", eaches(1)));
            old.setShipmentConfirmationDate(now.minus(Duration.ofDays(364)));
            ShipmentConfirmed recent = asn("SHIP-NEW", item("001", "B0ASIN0001", "PO-A", eaches(1)));
            recent.setShipmentConfirmationDate(now.minus(Duration.ofDays(10)));
            send(old);
            send(recent);
            KeyValueStore<String, ShipmentConfirmed> history = driver.getKeyValueStore(AsnMatchTopology.SHIPMENT_HISTORY_STORE);
            assertThat(history.get("SHIP-OLD")).isNotNull();

            driver.advanceWallClockTime(Duration.ofDays(1).plusHours(1));

            assertThat(history.get("SHIP-OLD")).isNull();
            assertThat(history.get("SHIP-NEW")).isNotNull();
        }

        @Test
        void failsAReplaceThatRaisesAQuantityOverItsOriginal() {
            send(purchaseOrder("PO-A", 120));
            send(asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(100))));
            ShipmentConfirmed replace = asn("SHIP-1", item("001", "B0ASIN0001", "PO-A", eaches(110)));
            replace.setConfirmationType(ShipmentConfirmationType.REPLACE);
            send(replace);

            List<CheckCompleted> out = results.readValuesToList();

            assertThat(out).hasSize(2);
            assertThat(out.get(1).getFindings()).extracting(Finding::getCode, Finding::getActual)
                    .containsExactly(tuple("REPLACE_RAISES_QUANTITY", "110"));
        }
    }

    @Nested
    class AsnsThatCannotBeChecked {

        @Test
        void anAsnThatNamesNoPoGoesToTheDeadLetterTopicWithTheReasonAndIsCounted() {
            send(asn("SHIP-9", item("001", "B0ASIN0001", null, eaches(1))));

            TestRecord<String, ShipmentConfirmed> dead = harness.onlyDeadLetter();
            assertThat(dead.key()).isEqualTo("SHIP-9");
            assertThat(dead.value().getShipmentIdentifier()).isEqualTo("SHIP-9");
            assertThat(header(dead, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("shipment-confirmations");
            assertThat(header(dead, "kafka_dlt-exception-message")).contains(UncheckableAsns.NO_PURCHASE_ORDER);
            assertThat(results.isEmpty()).isTrue();
            assertThat(meters.get(DeadLetters.METRIC).tag("topic", "shipment-confirmations").tag("reason", "unprocessable")
                    .counter().count()).isEqualTo(1.0);
        }

        @Test
        void aRecordWithoutAValueGoesThereWithTheReason() {
            asns.pipeInput("SHIP-TOMBSTONE", null);

            TestRecord<String, ShipmentConfirmed> dead = harness.onlyDeadLetter();
            assertThat(dead.key()).isEqualTo("SHIP-TOMBSTONE");
            assertThat(dead.value()).isNull();
            assertThat(header(dead, "kafka_dlt-exception-message")).contains(UncheckableAsns.NO_VALUE);
            assertThat(results.isEmpty()).isTrue();
        }

        @Test
        void anAsnWithAShipmentIdentifierOver256CharactersGoesThereBeforeItIsRekeyed() {
            send(asn("S".repeat(257), item("001", "B0ASIN0001", "PO000001", eaches(1))));

            assertThat(header(harness.onlyDeadLetter(), "kafka_dlt-exception-message"))
                    .contains("shipmentIdentifier is 257 characters long; an identifier may have at most 256");
            assertThat(driver.producedTopicNames()).noneMatch(topic -> topic.endsWith("-repartition"));
        }

        @Test
        void anAsnWithAPoNumberOver256CharactersGoesThereAndTheNextAsnIsChecked() {
            send(purchaseOrder("PO000002", 1));
            send(asn("SHIP-1", item("001", "B0ASIN0001", "P".repeat(257), eaches(1))));
            send(asn("SHIP-2", item("001", "B0ASIN0001", "PO000002", eaches(1))));

            assertThat(header(harness.onlyDeadLetter(), "kafka_dlt-exception-message"))
                    .contains("shippedItems[0].purchaseOrderNumber is 257 characters long");
            assertThat(results.readValue().getSubjectId()).isEqualTo("SHIP-2");
        }

        @Test
        void anAsnWhoseIdentifiersHave256CharactersIsChecked() {
            String po = "P".repeat(256);
            send(asn("S".repeat(256), item("001", "B0ASIN0001", po, eaches(1))));
            send(purchaseOrder(po, 1));

            assertThat(results.readValue().getPoNumber()).isEqualTo(po);
            assertThat(harness.deadLetters()).isEmpty();
        }

        private static String header(TestRecord<String, ShipmentConfirmed> record, String name) {
            return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
        }
    }
}
