package dev.dockcheck.labelchecker.kafka;

import static dev.dockcheck.labelchecker.kafka.SpApiShipments.LTL;
import static dev.dockcheck.labelchecker.kafka.SpApiShipments.SMALL_PARCEL;
import static dev.dockcheck.labelchecker.kafka.SpApiShipments.TRUCKLOAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsccTopologyTest {

    static final String APP = "label-checker-service";
    static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");

    @TempDir
    Path stateDir;

    TopologyFixture fixture;
    SimpleMeterRegistry meters;
    TopologyTestDriver driver;
    TestInputTopic<String, ShipmentConfirmed> asns;
    TestInputTopic<String, LabelPrinted> prints;
    TestOutputTopic<String, CheckCompleted> results;
    TestOutputTopic<String, VerdictPart> parts;

    @BeforeEach
    void start() {
        fixture = new TopologyFixture(stateDir, new SsccBuckets(6));
        meters = fixture.meters;
        driver = fixture.driver;
        asns = fixture.asns;
        prints = fixture.prints;
        results = fixture.results;
        parts = driver.createOutputTopic(APP + "-sscc-verdict-parts-repartition", Serdes.String().deserializer(),
                VerdictPart.SERDE.deserializer());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    void send(ShipmentConfirmed asn) {
        asns.pipeInput(asn.getShipmentIdentifier(), asn);
    }

    double reuses(String source) {
        var counter = meters.find("po.sscc.reuse").tag("source", source).counter();
        return counter == null ? 0 : counter.count();
    }

    static List<String> codes(CheckCompleted result) {
        return result.getFindings().stream().map(Finding::getCode).toList();
    }

    static ShipmentConfirmed asn(String shipmentId, String po, String... cartonSsccs) {
        return ShipmentFixtures.asn(shipmentId, po, "2026-03-01T10:00:00Z", cartonSsccs);
    }

    /**
     * Amazon's three use-case ASNs, fed in order. All three are {@code Original} confirmations
     * under the same shipment identifier {@code 00050003}. A {@code Replace} corrects an ASN; a
     * second, different {@code Original} under an identifier already confirmed is a new ASN that
     * reuses both the identifier (which SP-API says must not be reused within 365 days) and its
     * labels, so the shared SSCCs count as reused. An identical copy of the first ASN would not.
     * The truckload ASN names no purchase order, so it yields no CheckCompleted: its verdict is read
     * from the parts the registry sends to the gather step (the internal repartition topic).
     */
    @Nested
    class AmazonUseCaseShipments {

        @Test
        void flagsNineOfTheTenDistinctSsccsForTheirCheckDigit() {
            send(SpApiShipments.read(SMALL_PARCEL));
            send(SpApiShipments.read(TRUCKLOAD));
            send(SpApiShipments.read(LTL));

            Set<String> flagged = new TreeSet<>();
            parts.readValuesToList().forEach(part -> part.findings().forEach(f -> {
                if (f.code().equals("SSCC_CHECK_DIGIT")) {
                    flagged.add(f.message().split(" ")[1]);
                }
            }));
            assertThat(flagged).hasSize(9).doesNotContain("102234567666698669")
                    .contains("102234567666698888", "102234567898098745", "102234567898098700");
        }

        @Test
        void flagsTheSharedCartonAndPalletSsccsAsReusedOnTheSecondAndThird() {
            send(SpApiShipments.read(SMALL_PARCEL));
            CheckCompleted first = results.readValue();
            send(SpApiShipments.read(TRUCKLOAD));
            List<dev.dockcheck.labelchecker.domain.Finding> truckload = parts.readValuesToList().stream()
                    .filter(p -> p.checkId().endsWith("@1")).flatMap(p -> p.findings().stream()).toList();
            send(SpApiShipments.read(LTL));
            var third = results.readKeyValue();

            assertThat(first.getPoNumber()).isEqualTo("PO1234BD");
            assertThat(first.getCheckType()).isEqualTo(CheckType.SSCC);
            assertThat(first.getSubjectId()).isEqualTo("00050003");
            assertThat(codes(first)).containsOnly("SSCC_CHECK_DIGIT").hasSize(2);
            assertThat(results.isEmpty()).isTrue();
            assertThat(truckload).filteredOn(f -> f.code().equals("SSCC_REUSED")).singleElement().satisfies(f -> {
                assertThat(f.message()).startsWith("SSCC 102234567666698888 was already used");
                assertThat(f.actual()).isEqualTo("shipment 00050003 of 2019-07-29T21:56:18.575Z");
            });
            assertThat(third.key).isEqualTo("1BBBAAAA");
            assertThat(third.value.getOutcome()).isEqualTo(CheckOutcome.FAIL);
            assertThat(third.value.getFindings()).filteredOn(f -> f.getCode().equals("SSCC_REUSED"))
                    .extracting(Finding::getMessage, Finding::getActual).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("SSCC 102234567666698888 was already used on an earlier Original ASN of shipment 00050003 of 2019-07-29T21:56:18.575Z, less than 365 days ago",
                                    "shipment 00050003 of 2019-07-29T21:56:18.575Z"),
                            org.assertj.core.groups.Tuple.tuple("SSCC 102234567898098745 was already used on an earlier Original ASN of shipment 00050003 of 2019-08-07T19:56:45.632Z, less than 365 days ago",
                                    "shipment 00050003 of 2019-08-07T19:56:45.632Z"));
            assertThat(reuses("asn")).isEqualTo(3.0);
        }
    }

    @Nested
    class Uniqueness {

        @Test
        void passesAReplaceOfTheSameShipment() {
            send(asn("S1", "PO000001", "00123456789012345675"));
            ShipmentConfirmed replace = asn("S1", "PO000001", "00123456789012345675");
            replace.setConfirmationType(dev.dockcheck.events.ShipmentConfirmationType.REPLACE);
            send(replace);

            assertThat(results.readValuesToList()).extracting(CheckCompleted::getOutcome)
                    .containsExactly(CheckOutcome.PASS, CheckOutcome.PASS);
        }

        @Test
        void failsAnSsccTwiceInOneAsnWithoutCallingItAReuse() {
            send(asn("S1", "PO000001", "00123456789012345675", "123456789012345675"));

            assertThat(codes(results.readValue())).containsExactly("SSCC_DUPLICATE_IN_SHIPMENT");
            assertThat(reuses("asn")).isZero();
        }

        @Test
        void publishesOneResultPerPurchaseOrderOfTheShipment() {
            ShipmentConfirmed two = asn("S1", "PO000001", "00123456789012345675");
            two.getShippedItems().add(ShipmentFixtures.item("2", "PO000002"));
            send(two);

            assertThat(results.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("PO000001", "PO000002");
            assertThat(meters.find("po.checks").tag("check", "SSCC").tag("outcome", "PASS").counter().count()).isEqualTo(2.0);
        }
    }

    @Nested
    class PrintedLabels {

        @Test
        void catchesADuplicatePrintAndFailsTheAsnThatUsesIt() {
            send(asn("S1", "PO000001", "00123456789012345675"));
            results.readValue();
            prints.pipeInput("00123456789012345675", ShipmentFixtures.printed("00123456789012345675", "S2"));

            assertThat(reuses("print")).isEqualTo(1.0);
            assertThat(results.isEmpty()).isTrue();

            send(asn("S2", "PO000002", "00123456789012345675"));
            assertThat(results.readValue().getFindings()).singleElement()
                    .satisfies(f -> assertThat(f.getActual()).startsWith("shipment S1 of"));
        }

        @Test
        void passesTheAsnOfTheShipmentTheLabelWasPrintedFor() {
            prints.pipeInput("00123456789012345675", ShipmentFixtures.printed("00123456789012345675", "S3"));
            send(asn("S3", "PO000003", "00123456789012345675"));

            assertThat(results.readValue().getOutcome()).isEqualTo(CheckOutcome.PASS);
            assertThat(reuses("print") + reuses("asn")).isZero();
        }
    }

    /**
     * The driver reads every input from partition 0, so a print of an SSCC in bucket 0 is on its
     * bucket's partition and one of any other bucket is not, whatever its key.
     */
    @Nested
    class PrintRouting {

        final SsccBuckets buckets = new SsccBuckets(6);

        double routed(String route) {
            return fixture.counter("po.sscc.prints", "route", route);
        }

        @Test
        void readsLabelsPrintedInTheTasksThatReadTheClaimsRepartition() {
            var sources = fixture.topology.describe().subtopologies().stream()
                    .filter(sub -> sub.nodes().stream().anyMatch(n -> n.name().equals("sscc-claims-repartition-source")))
                    .flatMap(sub -> sub.nodes().stream())
                    .filter(n -> n instanceof TopologyDescription.Source)
                    .flatMap(n -> ((TopologyDescription.Source) n).topicSet().stream()).toList();

            assertThat(sources).contains(Topics.LABELS_PRINTED.name(), "sscc-claims-repartition");
        }

        @Test
        void registersAPrintOnItsBucketsPartitionWhereItIsReadAndFailsTheAsnThatReusesIt() {
            String sscc = TopologyFixture.ssccsInBucket(buckets, 0, 1).get(0);
            prints.pipeInput(TopologyFixture.digits(sscc), ShipmentFixtures.printed(sscc, "S1"));

            assertThat(fixture.claimsRepartitioned()).isZero();
            send(asn("S2", "PO000002", sscc));

            assertThat(routed("in_place")).isEqualTo(1.0);
            assertThat(results.readValue().getFindings()).singleElement().satisfies(f -> {
                assertThat(f.getCode()).isEqualTo("SSCC_REUSED");
                assertThat(f.getActual()).startsWith("shipment S1 of");
            });
        }

        @Test
        void catchesAPrintOnItsBucketsPartitionThatReusesAnAsnsSscc() {
            String sscc = TopologyFixture.ssccsInBucket(buckets, 0, 1).get(0);
            send(asn("S1", "PO000001", sscc));
            results.readValue();

            prints.pipeInput(TopologyFixture.digits(sscc), ShipmentFixtures.printed(sscc, "S2"));

            assertThat(routed("in_place")).isEqualTo(1.0);
            assertThat(reuses("print")).isEqualTo(1.0);
        }

        @Test
        void sendsAPrintReadFromAnotherPartitionThroughTheRepartitionAndStillFailsTheAsnThatReusesIt() {
            String sscc = TopologyFixture.ssccsInBucket(buckets, 4, 1).get(0);
            prints.pipeInput(TopologyFixture.digits(sscc), ShipmentFixtures.printed(sscc, "S1"));

            assertThat(fixture.claimsRepartitioned()).isEqualTo(1);
            send(asn("S2", "PO000002", sscc));

            assertThat(routed("repartitioned")).isEqualTo(1.0);
            assertThat(routed("in_place")).isZero();
            assertThat(results.readValue().getFindings()).singleElement().satisfies(f -> {
                assertThat(f.getCode()).isEqualTo("SSCC_REUSED");
                assertThat(f.getActual()).startsWith("shipment S1 of");
            });
        }
    }

    @Nested
    class Registry {

        @Test
        void dropsSsccsOlderThanTheWindowOnTheNextSweep() {
            send(ShipmentFixtures.asn("OLD", "PO000001", "2025-01-01T00:00:00Z", "00123456789012345675"));
            send(ShipmentFixtures.asn("NEW", "PO000002", "2026-03-01T00:00:00Z", "006141411234567890"));
            var store = driver.<String, Object>getKeyValueStore(SsccRegistryProcessor.STORE);
            assertThat(store.get("123456789012345675")).isNotNull();

            driver.advanceWallClockTime(Duration.ofHours(1));

            assertThat(store.get("123456789012345675")).isNull();
            assertThat(store.get("006141411234567890")).isNotNull();
            assertThat(meters.find("po.sscc.registry.expired").counter().count()).isEqualTo(1.0);
        }

        @Test
        void leavesNoCheckInFlightOnceItsVerdictIsOut() {
            send(asn("S1", "PO000001", "00123456789012345675", "006141411234567890"));
            send(asn("S2", "PO000002"));

            assertThat(results.readValuesToList()).hasSize(2);
            try (var inFlight = driver.<String, Object>getKeyValueStore(VerdictGather.STORE).all()) {
                assertThat(inFlight.hasNext()).isFalse();
            }
        }
    }
}
