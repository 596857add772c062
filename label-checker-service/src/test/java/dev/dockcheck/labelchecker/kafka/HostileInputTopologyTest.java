package dev.dockcheck.labelchecker.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.LargeRecords;
import dev.dockcheck.kafka.SizeLimitedSerdes;
import dev.dockcheck.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records this service cannot check go to their input's -dlt through pipeline-kafka's Streams handlers. */
class HostileInputTopologyTest {

    static final String THREE_MIB = "9".repeat(30).concat("\u200D").repeat(3 * 1024 * 1024 / 31);
    static final String SSCC = "00123456789012345675";

    @TempDir
    Path stateDir;

    TopologyFixture fixture;

    @BeforeEach
    void start() {
        fixture = new TopologyFixture(stateDir, new SsccBuckets(6));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static String header(ProducerRecord<Object, Object> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    ProducerRecord<Object, Object> onlyDeadLetter(String topic) {
        assertThat(fixture.deadLetters.history()).hasSize(1);
        ProducerRecord<Object, Object> dead = fixture.deadLetters.history().get(0);
        assertThat(dead.topic()).isEqualTo(topic + "-dlt");
        assertThat(header(dead, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(topic);
        assertThat(fixture.counter(DeadLetters.METRIC, "topic", topic, "reason", "unprocessable")).isEqualTo(1.0);
        return dead;
    }

    static String key(ProducerRecord<Object, Object> record) {
        return new String((byte[]) record.key(), StandardCharsets.UTF_8);
    }

    LabelPrinted print(ProducerRecord<Object, Object> record) {
        return fixture.serdes.valueSerde(LabelPrinted.class).deserializer().deserialize(record.topic(), (byte[]) record.value());
    }

    ShipmentConfirmed asn(ProducerRecord<Object, Object> record) {
        return fixture.serdes.valueSerde(ShipmentConfirmed.class).deserializer()
                .deserialize(record.topic(), (byte[]) record.value());
    }

    @Nested
    class PrintedLabelsThatAreNoSscc {

        @Test
        void goToTheDeadLetterTopicAsTheyCameWithTheirReasonAndAreCounted() {
            LabelPrinted nineteen = ShipmentFixtures.printed("1234567890123456789", "S1");
            fixture.prints.pipeInput("1234567890123456789", nineteen);

            var dead = onlyDeadLetter(Topics.LABELS_PRINTED.name());
            assertThat(key(dead)).isEqualTo("1234567890123456789");
            assertThat(print(dead)).isEqualTo(nineteen);
            assertThat(header(dead, "kafka_dlt-exception-message")).contains(UncheckableRecords.PRINT_NOT_AN_SSCC);
            assertThat(fixture.written()).doesNotContainKey("sscc-claims-repartition");
        }

        @Test
        void goThereWhenTheyAreSeveralMegabytesToo() {
            String random = LargeRecords.randomLetters(3 * 1024 * 1024);
            fixture.prints.pipeInput("HUGE", ShipmentFixtures.printed(random, "S1"));

            assertThat(print(onlyDeadLetter(Topics.LABELS_PRINTED.name())).getSscc()).isEqualTo(random);
        }

        @Test
        void goThereWithoutAValue() {
            fixture.prints.pipeInput("EMPTY", (LabelPrinted) null);

            var dead = onlyDeadLetter(Topics.LABELS_PRINTED.name());
            assertThat(key(dead)).isEqualTo("EMPTY");
            assertThat(header(dead, "kafka_dlt-exception-message")).contains(UncheckableRecords.NO_VALUE);
        }

        @Test
        void leaveTheNextPrintToBeRegistered() {
            fixture.prints.pipeInput("BAD", ShipmentFixtures.printed("not an sscc", "S1"));
            fixture.prints.pipeInput(SSCC, ShipmentFixtures.printed(SSCC, "S1"));
            fixture.send(ShipmentFixtures.asn("S2", "PO000002", "2026-03-02T10:00:00Z", SSCC));

            assertThat(fixture.results.readValue().getFindings()).extracting(Finding::getCode).containsExactly("SSCC_REUSED");
        }
    }

    @Nested
    class IdentifiersTooLongToBeKeys {

        @Test
        void deadLetterAnAsnWithALongerShipmentIdentifierBeforeAnythingIsWritten() {
            fixture.send(ShipmentFixtures.asn("S".repeat(257), "PO000001", "2026-03-02T10:00:00Z", SSCC));

            var dead = onlyDeadLetter(Topics.SHIPMENT_CONFIRMATIONS.name());
            assertThat(header(dead, "kafka_dlt-exception-message"))
                    .contains("shipmentIdentifier is 257 characters long; an identifier may have at most 256");
            assertThat(fixture.written()).containsOnlyKeys();
        }

        @Test
        void deadLetterAnAsnWithALongerPurchaseOrderNumberAndCheckTheNextAsn() {
            fixture.send(ShipmentFixtures.asn("S1", "P".repeat(257), "2026-03-02T10:00:00Z", SSCC));
            fixture.send(ShipmentFixtures.asn("S2", "PO000002", "2026-03-02T10:00:00Z", SSCC));

            var dead = onlyDeadLetter(Topics.SHIPMENT_CONFIRMATIONS.name());
            assertThat(asn(dead).getShipmentIdentifier()).isEqualTo("S1");
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("shippedItems[0].purchaseOrderNumber is 257");
            assertThat(fixture.results.readKeyValue().key).isEqualTo("PO000002");
        }

        @Test
        void checkAnAsnWhoseIdentifiersHave256Characters() {
            fixture.send(ShipmentFixtures.asn("S".repeat(256), "P".repeat(256), "2026-03-02T10:00:00Z", SSCC));

            assertThat(fixture.results.readValue().getSubjectId()).hasSize(256);
            assertThat(fixture.deadLetters.history()).isEmpty();
        }

        @Test
        void deadLetterAPrintWithALongerShipmentIdentifier() {
            fixture.prints.pipeInput(SSCC, ShipmentFixtures.printed(SSCC, "S".repeat(257)));

            assertThat(header(onlyDeadLetter(Topics.LABELS_PRINTED.name()), "kafka_dlt-exception-message"))
                    .contains("shipmentId is 257 characters long");
        }
    }

    @Nested
    class Asns {

        @Test
        void failASeveralMegabyteSsccQuotingOnlyItsBeginning() {
            fixture.send(ShipmentFixtures.asn("S1", "PO000001", "2026-03-02T10:00:00Z", THREE_MIB, SSCC));

            var result = fixture.results.readValue();
            assertThat(result.getOutcome()).isEqualTo(CheckOutcome.FAIL);
            assertThat(result.getFindings()).singleElement().satisfies(f -> {
                assertThat(f.getCode()).isEqualTo("SSCC_MALFORMED");
                assertThat(f.getActual()).hasSize(256).startsWith("999999").endsWith("…");
            });
            assertThat(fixture.deadLetters.history()).isEmpty();
        }

        @Test
        void goToTheDeadLetterTopicWithoutAValue() {
            fixture.asns.pipeInput("EMPTY", null);

            assertThat(key(onlyDeadLetter(Topics.SHIPMENT_CONFIRMATIONS.name()))).isEqualTo("EMPTY");
            assertThat(fixture.results.isEmpty()).isTrue();
        }
    }

    @Nested
    class RecordsBeyondTheSizeLimit {

        /** 2,000 bytes a value: 16 KiB of max.request.size are the room for key and batch. */
        @BeforeEach
        void smallLimit() {
            fixture.close();
            fixture = new TopologyFixture(stateDir.resolve("small"), new SsccBuckets(6),
                    new SizeLimitedSerdes(Map.of("max.request.size", 16 * 1024 + 2000)));
        }

        @Test
        void deadLetterTheAsnWhoseClaimsWouldExceedItAndCheckTheNextAsn() {
            ShipmentConfirmed manyOrders = ShipmentFixtures.asn("S1", "PO000000", "2026-03-02T10:00:00Z", SSCC);
            manyOrders.setShippedItems(IntStream.range(0, 300)
                    .mapToObj(i -> ShipmentFixtures.item(Integer.toString(i), "PO" + (100000 + i))).toList());
            fixture.send(manyOrders);
            fixture.send(ShipmentFixtures.asn("S2", "PO000002", "2026-03-02T10:00:00Z", "00123456789012345682"));

            var dead = onlyDeadLetter(Topics.SHIPMENT_CONFIRMATIONS.name());
            assertThat(asn(dead).getShipmentIdentifier()).isEqualTo("S1");
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("OversizedRecordException");
            assertThat(fixture.results.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("PO000002");
        }
    }
}
