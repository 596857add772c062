package dev.dockcheck.labelchecker.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTopologyTest {

    static final String THREE_MIB = "9".repeat(30).concat("\u200D").repeat(3 * 1024 * 1024 / 31);

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

    static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    double deadLettersCounted(String topic) {
        return fixture.counter(DeadLetters.METRIC, "topic", topic, "reason", "unprocessable");
    }

    @Nested
    class PrintedLabelsThatAreNoSscc {

        TestOutputTopic<String, LabelPrinted> deadLetters() {
            return fixture.driver.createOutputTopic(Topics.LABELS_PRINTED.deadLetterTopic(),
                    org.apache.kafka.common.serialization.Serdes.String().deserializer(),
                    fixture.serdes.valueSerde(LabelPrinted.class).deserializer());
        }

        @Test
        void goToTheDeadLetterTopicWithTheirReasonAndAreCounted() {
            LabelPrinted nineteen = ShipmentFixtures.printed("1234567890123456789", "S1");
            fixture.prints.pipeInput("1234567890123456789", nineteen);

            var dead = deadLetters().readRecord();
            assertThat(dead.key()).isEqualTo("1234567890123456789");
            assertThat(dead.value()).isEqualTo(nineteen);
            assertThat(header(dead.headers(), DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
            assertThat(header(dead.headers(), "kafka_dlt-original-topic")).isEqualTo("labels.printed");
            assertThat(header(dead.headers(), "kafka_dlt-exception-message")).isEqualTo(SsccTopology.PRINT_NOT_AN_SSCC);
            assertThat(deadLettersCounted(Topics.LABELS_PRINTED.name())).isEqualTo(1.0);
            assertThat(fixture.written()).doesNotContainKey("sscc-claims-repartition");
        }

        @Test
        void goThereWhenTheyAreSeveralMegabytesToo() {
            fixture.prints.pipeInput("HUGE", ShipmentFixtures.printed(THREE_MIB, "S1"));

            assertThat(deadLetters().readValue().getSscc()).isEqualTo(THREE_MIB);
        }

        @Test
        void goThereWithoutAValue() {
            fixture.prints.pipeInput("EMPTY", (LabelPrinted) null);

            var dead = deadLetters().readRecord();
            assertThat(dead.key()).isEqualTo("EMPTY");
            assertThat(header(dead.headers(), "kafka_dlt-exception-message")).isEqualTo(SsccTopology.NO_VALUE);
        }

        @Test
        void leaveTheNextPrintToBeRegistered() {
            fixture.prints.pipeInput("BAD", ShipmentFixtures.printed("not an sscc", "S1"));
            fixture.prints.pipeInput("00123456789012345675", ShipmentFixtures.printed("00123456789012345675", "S1"));
            fixture.send(ShipmentFixtures.asn("S2", "PO000002", "2026-03-02T10:00:00Z", "00123456789012345675"));

            assertThat(fixture.results.readValue().getFindings()).extracting(Finding::getCode).containsExactly("SSCC_REUSED");
        }
    }

    @Nested
    class Asns {

        @Test
        void failASeveralMegabyteSsccQuotingOnlyItsBeginning() {
            fixture.send(ShipmentFixtures.asn("S1", "PO000001", "2026-03-02T10:00:00Z", THREE_MIB, "00123456789012345675"));

            var result = fixture.results.readValue();
            assertThat(result.getOutcome()).isEqualTo(CheckOutcome.FAIL);
            assertThat(result.getFindings()).singleElement().satisfies(f -> {
                assertThat(f.getCode()).isEqualTo("SSCC_MALFORMED");
                assertThat(f.getActual()).hasSize(256).startsWith("999999").endsWith("…");
            });
        }

        @Test
        void goToTheDeadLetterTopicWithoutAValue() {
            fixture.asns.pipeInput("EMPTY", null);

            assertThat(fixture.raw(Topics.SHIPMENT_CONFIRMATIONS.deadLetterTopic()).readRecord().key()).isEqualTo("EMPTY");
            assertThat(deadLettersCounted(Topics.SHIPMENT_CONFIRMATIONS.name())).isEqualTo(1.0);
            assertThat(fixture.results.isEmpty()).isTrue();
        }
    }
}
