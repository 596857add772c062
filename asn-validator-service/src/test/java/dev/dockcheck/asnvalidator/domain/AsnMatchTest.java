package dev.dockcheck.asnvalidator.domain;

import static dev.dockcheck.asnvalidator.domain.TestShipments.PO;
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

class AsnMatchTest {

    private final AsnMatch match = new AsnMatch(AsnMatchSettings.withShortageTolerance(BigDecimal.TEN));

    private final PurchaseOrder po = aPurchaseOrder().withLine("1", "B0ASIN0001", 120).withLine("2", "B0ASIN0002", 24).build();

    private CheckResult check(ShipmentNotice asn) {
        return match.check(asn, po, ShipmentHistory.none(), SUBMITTED);
    }

    private static List<String> codes(CheckResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    @Test
    void passesAnAsnThatShipsExactlyWhatWasOrdered() {
        ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.cases(10, 12))
                .withItem("002", "B0ASIN0002", Quantity.eaches(24)).packedExactly().declaredCartons(1).build();

        CheckResult result = check(asn);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void collectsTheFindingsOfEveryRuleAndTakesTheWorstSeverity() {
        ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(130))
                .withItem("002", "B0ASIN0002", Quantity.eaches(10)).packedExactly().declaredCartons(3).build();

        CheckResult result = check(asn);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(codes(result)).containsExactlyInAnyOrder(NoOverage.CODE, ShortageWithinTolerance.CODE,
                ContainerCountsMatch.CARTONS);
    }

    @Test
    void namesEveryRule() {
        assertThat(AsnMatch.allRules()).extracting(AsnRule::name).doesNotHaveDuplicates().hasSize(10);
    }

    @Nested
    class ItemsOnOrderRule {

        @Test
        void failsAnItemThatIsNotOnThePo() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(120))
                    .withItem("002", "B0UNKNOWN9", Quantity.eaches(5)).withItem("003", "B0ASIN0002", Quantity.eaches(24))
                    .packedExactly().build();

            CheckResult result = check(asn);

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).extracting(Finding::code, Finding::path, Finding::actual)
                    .containsExactly(tuple(ItemsOnOrder.CODE, "shippedItems[1]", "ASIN B0UNKNOWN9 / SKU null"));
        }

        @Test
        void matchesByVendorSkuWhenTheAsnHasNoAsin() {
            PurchaseOrder bySku = aPurchaseOrder().withSkuLine("1", "SKU-7", 10).build();
            ShipmentNotice asn = new ShipmentNotice("S", ConfirmationType.ORIGINAL, SUBMITTED, SUBMITTED, null, null,
                    List.of(new ShippedItem("001", null, " sku-7 ", PO, Quantity.eaches(10))),
                    List.of(new Container(List.of(new PackedItem("001", Quantity.eaches(10))))), List.of());

            assertThat(match.check(asn, bySku, ShipmentHistory.none(), SUBMITTED).findings()).isEmpty();
        }

        @Test
        void looksOnlyAtTheItemsOfThePoBeingChecked() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(120))
                    .withItem("002", "B0ASIN0002", Quantity.eaches(24))
                    .withItem("003", "B0OTHERPO1", "PO000002", Quantity.eaches(7)).packedExactly().build();

            assertThat(check(asn).findings()).isEmpty();
        }
    }

    @Nested
    class QuantityRules {

        @Test
        void failsAnOverageComparedInEachesWithUnitSize() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.cases(11, 12))
                    .withItem("002", "B0ASIN0002", Quantity.eaches(24)).packedExactly().build();

            CheckResult result = check(asn);

            assertThat(result.findings()).extracting(Finding::code, Finding::severity, Finding::expected, Finding::actual)
                    .containsExactly(tuple(NoOverage.CODE, Severity.FAIL, "120", "132"));
        }

        @Test
        void addsUpSeveralShippedEntriesOfTheSameLine() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(100))
                    .withItem("002", "B0ASIN0001", Quantity.cases(2, 12)).withItem("003", "B0ASIN0002", Quantity.eaches(24))
                    .packedExactly().build();

            assertThat(codes(check(asn))).containsExactly(NoOverage.CODE);
        }

        @Test
        void warnsAShortageAboveTheTolerance() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(107))
                    .withItem("002", "B0ASIN0002", Quantity.eaches(24)).packedExactly().build();

            CheckResult result = check(asn);

            assertThat(result.outcome()).isEqualTo(Outcome.WARN);
            assertThat(result.findings()).extracting(Finding::code, Finding::expected, Finding::actual)
                    .containsExactly(tuple(ShortageWithinTolerance.CODE, "120", "107"));
        }

        @Test
        void acceptsAShortageAtTheToleranceExactly() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(108))
                    .withItem("002", "B0ASIN0002", Quantity.eaches(24)).packedExactly().build();

            assertThat(check(asn).outcome()).isEqualTo(Outcome.PASS);
        }

        @Test
        void countsALineThatIsNotShippedAtAllAsFullyShort() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(120)).packedExactly().build();

            assertThat(check(asn).findings()).extracting(Finding::code, Finding::path, Finding::actual)
                    .containsExactly(tuple(ShortageWithinTolerance.CODE, "po.items[2]", "0"));
        }

        @Test
        void usesTheConfiguredTolerance() {
            AsnMatch strict = new AsnMatch(AsnMatchSettings.withShortageTolerance(BigDecimal.ZERO));
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", Quantity.eaches(119))
                    .withItem("002", "B0ASIN0002", Quantity.eaches(24)).packedExactly().build();

            assertThat(codes(strict.check(asn, po, ShipmentHistory.none(), SUBMITTED)))
                    .containsExactly(ShortageWithinTolerance.CODE);
        }

        @Test
        void failsAShippedQuantityThatCannotBeConvertedToEaches() {
            ShipmentNotice asn = anAsn().withItem("001", "B0ASIN0001", new Quantity(10, UnitOfMeasure.CASES, null))
                    .withItem("002", "B0ASIN0002", Quantity.eaches(24)).packedExactly().build();

            assertThat(check(asn).findings()).extracting(Finding::code, Finding::path)
                    .contains(tuple(ShippedQuantitiesReadable.CODE, "shippedItems[0].shippedQuantity"));
        }
    }
}
