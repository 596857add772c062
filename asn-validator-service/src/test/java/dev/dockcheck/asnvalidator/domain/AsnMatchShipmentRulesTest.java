package dev.dockcheck.asnvalidator.domain;

import static dev.dockcheck.asnvalidator.domain.TestShipments.SUBMITTED;
import static dev.dockcheck.asnvalidator.domain.TestShipments.aPurchaseOrder;
import static dev.dockcheck.asnvalidator.domain.TestShipments.anAsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about the shipment itself: its cartons, its dates, and its identifier's history. */
class AsnMatchShipmentRulesTest {

    private final AsnMatch match = new AsnMatch(AsnMatchSettings.withShortageTolerance(BigDecimal.TEN));
    private final PurchaseOrder po = aPurchaseOrder().withLine("1", "B0ASIN0001", 120).build();

    private CheckResult check(ShipmentNotice asn, ShipmentHistory history) {
        return match.check(asn, po, history, SUBMITTED);
    }

    private static TestShipments.AsnBuilder exactShipment() {
        return anAsn().withItem("001", "B0ASIN0001", Quantity.cases(10, 12));
    }

    @Nested
    class CartonContentsAddUpRule {

        @Test
        void failsCartonsThatHoldLessThanTheItemShips() {
            ShipmentNotice asn = exactShipment().withCarton(new PackedItem("001", Quantity.cases(4, 12)))
                    .withCarton(new PackedItem("001", Quantity.eaches(60))).build();

            CheckResult result = check(asn, ShipmentHistory.none());

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).extracting(Finding::code, Finding::path, Finding::expected, Finding::actual)
                    .containsExactly(tuple(CartonContentsAddUp.CODE, "shippedItems[0]", "120", "108"));
        }

        @Test
        void addsUpCartonsAndPalletItemsInEachesWhateverTheirUnit() {
            ShipmentNotice asn = exactShipment().withCarton(new PackedItem(" 001", Quantity.cases(5, 12)))
                    .withPallet(new PackedItem("001", Quantity.eaches(60))).build();

            assertThat(check(asn, ShipmentHistory.none()).findings()).isEmpty();
        }

        @Test
        void onlyNotesAnAsnWithoutAnyPackedContent() {
            CheckResult result = check(exactShipment().build(), ShipmentHistory.none());

            assertThat(result.outcome()).isEqualTo(Outcome.PASS);
            assertThat(result.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple(CartonContentsAddUp.NO_CONTENT, Severity.INFO));
        }
    }

    @Nested
    class ContainerCountsMatchRule {

        @Test
        void warnsWhenDeclaredCartonAndPalletCountsDifferFromTheListedOnes() {
            ShipmentNotice asn = exactShipment().packedExactly().declaredCartons(2).declaredPallets(1).build();

            CheckResult result = check(asn, ShipmentHistory.none());

            assertThat(result.outcome()).isEqualTo(Outcome.WARN);
            assertThat(result.findings()).extracting(Finding::code, Finding::expected, Finding::actual).containsExactly(
                    tuple(ContainerCountsMatch.CARTONS, "2", "1"), tuple(ContainerCountsMatch.PALLETS, "1", "0"));
        }

        @Test
        void ignoresCountsThatWereNotDeclared() {
            assertThat(check(exactShipment().packedExactly().build(), ShipmentHistory.none()).findings()).isEmpty();
        }
    }

    @Nested
    class ShipDateNearSubmissionRule {

        @Test
        void acceptsTheEdgesOfSevenDaysBackAndTwoDaysAhead() {
            assertThat(check(exactShipment().packedExactly().shippedDate(SUBMITTED.minus(Duration.ofDays(7))).build(),
                    ShipmentHistory.none()).findings()).isEmpty();
            assertThat(check(exactShipment().packedExactly().shippedDate(SUBMITTED.plus(Duration.ofDays(2))).build(),
                    ShipmentHistory.none()).findings()).isEmpty();
        }

        @Test
        void warnsAShipDateMoreThanSevenDaysBackOrTwoDaysAhead() {
            Instant tooOld = SUBMITTED.minus(Duration.ofDays(7)).minusSeconds(1);
            Instant tooFar = SUBMITTED.plus(Duration.ofDays(2)).plusSeconds(1);

            CheckResult old = check(exactShipment().packedExactly().shippedDate(tooOld).build(), ShipmentHistory.none());
            CheckResult far = check(exactShipment().packedExactly().shippedDate(tooFar).build(), ShipmentHistory.none());

            assertThat(old.outcome()).isEqualTo(Outcome.WARN);
            assertThat(old.findings()).extracting(Finding::code, Finding::actual)
                    .containsExactly(tuple(ShipDateNearSubmission.CODE, tooOld.toString()));
            assertThat(far.findings()).extracting(Finding::code).containsExactly(ShipDateNearSubmission.CODE);
        }
    }

    @Nested
    class ShipDateInShipWindowRule {

        @Test
        void warnsAShipDateOutsideThePoShipWindow() {
            PurchaseOrder windowed = aPurchaseOrder().withLine("1", "B0ASIN0001", 120)
                    .shipWindow(SUBMITTED.plus(Duration.ofDays(1)), SUBMITTED.plus(Duration.ofDays(5))).build();

            CheckResult result = match.check(exactShipment().packedExactly().build(), windowed, ShipmentHistory.none(), SUBMITTED);

            assertThat(result.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple(ShipDateInShipWindow.CODE, Severity.WARN));
        }

        @Test
        void acceptsAShipDateInsideTheWindow() {
            PurchaseOrder windowed = aPurchaseOrder().withLine("1", "B0ASIN0001", 120)
                    .shipWindow(SUBMITTED.minus(Duration.ofDays(1)), SUBMITTED).build();

            assertThat(match.check(exactShipment().packedExactly().build(), windowed, ShipmentHistory.none(), SUBMITTED)
                    .findings()).isEmpty();
        }
    }

    @Nested
    class IdentifierNotReusedRule {

        @Test
        void failsAnotherShipmentUnderTheSameIdentifierWithin365Days() {
            ShipmentNotice earlier = exactShipment().packedExactly().confirmedAt(SUBMITTED.minus(Duration.ofDays(365))).build();

            CheckResult result = check(exactShipment().packedExactly().build(), ShipmentHistory.of(earlier));

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).extracting(Finding::code, Finding::actual)
                    .containsExactly(tuple(IdentifierNotReused.CODE, "used at " + earlier.confirmedAt()));
        }

        @Test
        void acceptsReuseAfter365Days() {
            ShipmentNotice earlier = exactShipment().packedExactly()
                    .confirmedAt(SUBMITTED.minus(Duration.ofDays(365)).minusSeconds(1)).build();

            assertThat(check(exactShipment().packedExactly().build(), ShipmentHistory.of(earlier)).findings()).isEmpty();
        }

        @Test
        void treatsAnIdenticalResendAndAReplaceAsTheSameShipment() {
            ShipmentNotice original = exactShipment().packedExactly().build();
            ShipmentNotice replace = exactShipment().packedExactly().type(ConfirmationType.REPLACE)
                    .confirmedAt(SUBMITTED.plusSeconds(60)).build();

            assertThat(check(original, ShipmentHistory.of(original)).findings()).isEmpty();
            assertThat(match.check(replace, po, ShipmentHistory.of(original), SUBMITTED).findings()).isEmpty();
        }
    }

    @Nested
    class ReplaceOnlyReducesRule {

        private final ShipmentNotice original = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(100))
                .packedExactly().build();

        @Test
        void failsAReplaceThatRaisesAQuantityOverItsOriginal() {
            ShipmentNotice replace = anAsn().type(ConfirmationType.REPLACE)
                    .withItem("001", "B0ASIN0001", Quantity.cases(9, 12)).packedExactly().build();

            CheckResult result = check(replace, ShipmentHistory.of(original));

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).extracting(Finding::code, Finding::expected, Finding::actual)
                    .containsExactly(tuple(ReplaceOnlyReduces.CODE, "at most 100", "108"));
        }

        @Test
        void acceptsAReplaceThatReduces() {
            ShipmentNotice replace = anAsn().type(ConfirmationType.REPLACE)
                    .withItem("001", "B0ASIN0001", Quantity.eaches(110)).packedExactly().build();

            assertThat(check(replace, ShipmentHistory.of(
                    anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(120)).packedExactly().build())).findings())
                    .isEmpty();
        }

        @Test
        void notesAReplaceWhoseOriginalIsUnknown() {
            ShipmentNotice replace = exactShipment().type(ConfirmationType.REPLACE).packedExactly().build();

            assertThat(check(replace, ShipmentHistory.none()).findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple(ReplaceOnlyReduces.NO_ORIGINAL, Severity.INFO));
        }
    }

    @Nested
    class PoNotFound {

        @Test
        void failsWithPoNotFoundAndStillRunsTheRulesThatNeedNoPo() {
            ShipmentNotice asn = exactShipment().packedExactly().declaredCartons(4).build();

            CheckResult result = match.poNotFound(asn, "PO000001", ShipmentHistory.none(), SUBMITTED, Duration.ofMinutes(15));

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).extracting(Finding::code)
                    .isEqualTo(List.of(AsnMatch.PO_NOT_FOUND, ContainerCountsMatch.CARTONS));
        }
    }
}
