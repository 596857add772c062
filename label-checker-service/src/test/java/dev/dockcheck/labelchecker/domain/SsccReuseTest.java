package dev.dockcheck.labelchecker.domain;

import static dev.dockcheck.labelchecker.domain.Shipments.aShipment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SsccReuseTest {

    static final Sscc SSCC = new Sscc("123456789012345675");
    static final Duration YEAR = Duration.ofDays(365);

    static SsccSighting asn(Shipments shipment) {
        return SsccSighting.ofAsn(shipment.withCarton("00" + SSCC).build());
    }

    static SsccReuse.Judgement judge(SsccSighting claim, SsccSighting previous) {
        return SsccReuse.judge(SSCC, claim, previous, YEAR, "cartons[0].identifiers[0]");
    }

    @Nested
    class AcrossShipments {

        @Test
        void failsAnSsccSeenOnAnotherShipmentWithinTheWindowNamingTheFirst() {
            SsccSighting first = asn(aShipment("S1").confirmedAt("2026-01-10T08:00:00Z"));

            var judgement = judge(asn(aShipment("S2").confirmedAt("2026-06-01T08:00:00Z")), first);

            assertThat(judgement.finding()).hasValueSatisfying(f -> {
                assertThat(f.code()).isEqualTo("SSCC_REUSED");
                assertThat(f.severity()).isEqualTo(Severity.FAIL);
                assertThat(f.actual()).isEqualTo("shipment S1 of 2026-01-10T08:00:00Z");
                assertThat(f.path()).isEqualTo("cartons[0].identifiers[0]");
            });
            assertThat(judgement.keep()).isSameAs(first);
        }

        @Test
        void acceptsAnSsccLastSeenMoreThanTheWindowAgo() {
            SsccSighting first = asn(aShipment("S1").confirmedAt("2025-01-01T00:00:00Z"));
            SsccSighting again = asn(aShipment("S2").confirmedAt("2026-01-02T00:00:00Z"));

            var judgement = judge(again, first);

            assertThat(judgement.finding()).isEmpty();
            assertThat(judgement.keep()).isSameAs(again);
        }

        @Test
        void failsALabelPrintedForAnotherShipment() {
            SsccSighting first = asn(aShipment("S1"));

            var judgement = judge(SsccSighting.ofPrint("S2", Instant.parse("2026-03-02T00:00:00Z")), first);

            assertThat(judgement.finding()).isPresent();
            assertThat(judgement.keep()).isSameAs(first);
        }
    }

    @Nested
    class WithinOneShipment {

        @Test
        void acceptsAReplaceAndKeepsItsPurchaseOrders() {
            SsccSighting original = asn(aShipment("S1"));
            SsccSighting replace = asn(aShipment("S1").replacing().confirmedAt("2026-03-02T00:00:00Z"));

            var judgement = judge(replace, original);

            assertThat(judgement.finding()).isEmpty();
            assertThat(judgement.keep()).isSameAs(replace);
        }

        @Test
        void acceptsARedeliveredCopyOfTheSameAsn() {
            SsccSighting original = asn(aShipment("S1"));

            assertThat(judge(asn(aShipment("S1")), original).finding()).isEmpty();
        }

        @Test
        void failsASecondDifferentOriginalUnderTheSameShipmentId() {
            SsccSighting original = asn(aShipment("S1"));

            var judgement = judge(asn(aShipment("S1").confirmedAt("2026-03-05T00:00:00Z")), original);

            assertThat(judgement.finding()).hasValueSatisfying(f ->
                    assertThat(f.message()).contains("earlier Original ASN of shipment S1"));
        }

        @Test
        void acceptsTheAsnOfAShipmentWhoseLabelWasPrintedAndTheReprint() {
            SsccSighting printed = SsccSighting.ofPrint("S1", Instant.parse("2026-02-28T00:00:00Z"));
            SsccSighting asn = asn(aShipment("S1"));

            var confirmed = judge(asn, printed);
            var reprinted = judge(SsccSighting.ofPrint("S1", Instant.parse("2026-03-01T12:00:00Z")), asn);

            assertThat(confirmed.finding()).isEmpty();
            assertThat(confirmed.keep()).isSameAs(asn);
            assertThat(reprinted.finding()).isEmpty();
            assertThat(reprinted.keep()).isSameAs(asn);
        }
    }
}
