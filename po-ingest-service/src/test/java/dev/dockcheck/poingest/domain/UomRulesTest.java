package dev.dockcheck.poingest.domain;

import static dev.dockcheck.poingest.domain.TestOrders.cases;
import static dev.dockcheck.poingest.domain.TestOrders.eaches;
import static dev.dockcheck.poingest.domain.TestOrders.withCost;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UomRulesTest {

    static LineUnderCheck line(OrderLine line, CatalogEntry item) {
        return new LineUnderCheck(2, line, item);
    }

    static CatalogEntry item(int eachesPerCase) {
        return TestCatalog.item("SKU-1", eachesPerCase);
    }

    static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Nested
    class ItemInCatalog {
        @Test
        void failsAnItemThatIsNotInTheCatalog() {
            Finding f = only(UomRules.itemInCatalog(line(eaches("NOPE", 1), null)));

            assertThat(f.code()).isEqualTo("ITEM_NOT_IN_CATALOG");
            assertThat(f.severity()).isEqualTo(Severity.FAIL);
            assertThat(f.actual()).isEqualTo("NOPE");
            assertThat(f.path()).isEqualTo("items[2].vendorProductIdentifier");
        }

        @Test
        void failsALineWithoutVendorSku() {
            Finding f = only(UomRules.itemInCatalog(line(eaches(null, 1), null)));

            assertThat(f.message()).contains("no vendor SKU");
            assertThat(f.actual()).isNull();
        }

        @Test
        void passesAKnownItem() {
            assertThat(UomRules.itemInCatalog(line(eaches("SKU-1", 1), item(1)))).isEmpty();
        }
    }

    @Nested
    class AsinMatchesCatalog {
        @Test
        void warnsWhenTheSkuIsKnownUnderAnotherAsin() {
            OrderLine ordered = new OrderLine("1", "B0748JMABC", "SKU-1", Quantity.eaches(1), null, PriceUnit.EACH);
            CatalogEntry known = new CatalogEntry("SKU-1", "B0748G1ABC", null, 1, null, false, null);

            Finding f = only(UomRules.asinMatchesCatalog(line(ordered, known)));

            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.expected()).isEqualTo("B0748G1ABC");
            assertThat(f.actual()).isEqualTo("B0748JMABC");
        }

        @Test
        void saysNothingWhenEitherSideHasNoAsin() {
            assertThat(UomRules.asinMatchesCatalog(line(eaches("SKU-1", 1), item(1)))).isEmpty();
        }
    }

    @Nested
    class UnitOfMeasureKnown {
        @Test
        void failsAMissingUnit() {
            OrderLine l = new OrderLine("1", null, "SKU-1", new Quantity(1, null, null), null, PriceUnit.EACH);

            assertThat(only(UomRules.unitOfMeasureKnown(line(l, item(1)))).code()).isEqualTo("UOM_MISSING");
        }

        @Test
        void failsAnUnknownUnit() {
            OrderLine l = new OrderLine("1", null, "SKU-1", new Quantity(1, UnitOfMeasure.UNKNOWN, null), null, null);

            Finding f = only(UomRules.unitOfMeasureKnown(line(l, item(1))));

            assertThat(f.code()).isEqualTo("UOM_UNKNOWN");
            assertThat(f.severity()).isEqualTo(Severity.FAIL);
        }

        @Test
        void passesCasesAndEaches() {
            assertThat(UomRules.unitOfMeasureKnown(line(cases("SKU-1", 1, 1L), item(1)))).isEmpty();
            assertThat(UomRules.unitOfMeasureKnown(line(eaches("SKU-1", 1), item(1)))).isEmpty();
        }
    }

    @Nested
    class QuantityPositive {
        @Test
        void failsZeroAndNegativeAmounts() {
            assertThat(only(UomRules.quantityPositive(line(eaches("SKU-1", 0), item(1)))).code())
                    .isEqualTo("QUANTITY_NOT_POSITIVE");
            assertThat(only(UomRules.quantityPositive(line(eaches("SKU-1", -3), item(1)))).actual()).isEqualTo("-3");
        }

        @Test
        void failsAZeroUnitSize() {
            assertThat(only(UomRules.quantityPositive(line(cases("SKU-1", 2, 0L), item(1)))).code())
                    .isEqualTo("UNIT_SIZE_NOT_POSITIVE");
        }

        @Test
        void passesAPositiveAmount() {
            assertThat(UomRules.quantityPositive(line(eaches("SKU-1", 1), item(1)))).isEmpty();
        }
    }

    @Nested
    class CasePackMatches {
        @Test
        void failsCasesOfADifferentSizeThanTheCatalogCasePack() {
            Finding f = only(UomRules.casePackMatches(line(cases("SKU-1", 10, 6L), item(12))));

            assertThat(f.code()).isEqualTo("CASE_PACK_MISMATCH");
            assertThat(f.severity()).isEqualTo(Severity.FAIL);
            assertThat(f.expected()).isEqualTo("12");
            assertThat(f.actual()).isEqualTo("6");
        }

        @Test
        void passesAMatchingCasePackAndIgnoresEaches() {
            assertThat(UomRules.casePackMatches(line(cases("SKU-1", 10, 12L), item(12)))).isEmpty();
            assertThat(UomRules.casePackMatches(line(eaches("SKU-1", 7), item(12)))).isEmpty();
        }
    }

    @Nested
    class CaseSizeStated {
        @Test
        void warnsWhenTheCatalogSuppliesTheCasePack() {
            Finding f = only(UomRules.caseSizeStated(line(cases("SKU-1", 3, null), item(12))));

            assertThat(f.code()).isEqualTo("CASE_SIZE_FROM_CATALOG");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.expected()).isEqualTo("12");
        }

        @Test
        void failsWhenNothingSaysHowManyEachesACaseHolds() {
            Finding f = only(UomRules.caseSizeStated(line(cases("SKU-1", 3, null), null)));

            assertThat(f.code()).isEqualTo("CASE_SIZE_MISSING");
            assertThat(f.severity()).isEqualTo(Severity.FAIL);
        }
    }

    @Nested
    class CaseOnlyInWholeCases {
        final CatalogEntry caseOnly = new CatalogEntry("SKU-1", null, null, 12, null, true, null);

        @Test
        void warnsEachesThatAreNotAMultipleOfTheCasePack() {
            Finding f = only(UomRules.caseOnlyInWholeCases(line(eaches("SKU-1", 30), caseOnly)));

            assertThat(f.code()).isEqualTo("EACHES_NOT_WHOLE_CASES");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.actual()).isEqualTo("30");
        }

        @Test
        void passesWholeCasesAndItemsThatAreNotCaseOnly() {
            assertThat(UomRules.caseOnlyInWholeCases(line(eaches("SKU-1", 36), caseOnly))).isEmpty();
            assertThat(UomRules.caseOnlyInWholeCases(line(eaches("SKU-1", 30), item(12)))).isEmpty();
        }
    }

    @Nested
    class NetCostWithinTolerance {
        final UomSettings fivePercent = new UomSettings(new BigDecimal("5"));
        final CatalogEntry costs10 = TestCatalog.item("SKU-1", 1, "10.00");

        @Test
        void warnsANetCostBeyondTheTolerance() {
            OrderLine l = withCost(eaches("SKU-1", 1), "10.51", PriceUnit.EACH);

            Finding f = only(UomRules.netCostWithinTolerance(line(l, costs10), fivePercent));

            assertThat(f.code()).isEqualTo("NET_COST_DEVIATION");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.message()).contains("5.10%");
            assertThat(f.expected()).isEqualTo("10 USD");
            assertThat(f.actual()).isEqualTo("10.51 USD");
        }

        @Test
        void passesANetCostAtTheTolerance() {
            OrderLine l = withCost(eaches("SKU-1", 1), "9.50", PriceUnit.EACH);

            assertThat(UomRules.netCostWithinTolerance(line(l, costs10), fivePercent)).isEmpty();
        }

        @Test
        void usesTheConfiguredTolerance() {
            OrderLine l = withCost(eaches("SKU-1", 1), "10.51", PriceUnit.EACH);

            assertThat(UomRules.netCostWithinTolerance(line(l, costs10), new UomSettings(BigDecimal.TEN))).isEmpty();
        }

        @Test
        void warnsADifferentCurrency() {
            OrderLine l = new OrderLine("1", null, "SKU-1", Quantity.eaches(1), Money.of("10", "EUR"), PriceUnit.EACH);

            assertThat(only(UomRules.netCostWithinTolerance(line(l, costs10), fivePercent)).code())
                    .isEqualTo("NET_COST_CURRENCY_MISMATCH");
        }

        @Test
        void doesNotCompareWeightPricesWithPerEachCosts() {
            OrderLine l = withCost(eaches("SKU-1", 1), "94.97", PriceUnit.POUNDS);

            assertThat(UomRules.netCostWithinTolerance(line(l, costs10), fivePercent)).isEmpty();
        }
    }

    @Nested
    class LineValueComputable {
        @Test
        void warnsAWeightPricedLineForAHumanLook() {
            Finding f = only(UomRules.lineValueComputable(line(withCost(eaches("SKU-1", 1), "3", PriceUnit.KILOGRAMS),
                    item(1))));

            assertThat(f.code()).isEqualTo("WEIGHT_PRICED_LINE");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.actual()).isEqualTo("KILOGRAMS");
        }

        @Test
        void notesALineWithoutNetCost() {
            Finding f = only(UomRules.lineValueComputable(line(withCost(eaches("SKU-1", 1), null, PriceUnit.EACH),
                    item(1))));

            assertThat(f.code()).isEqualTo("NET_COST_MISSING");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        }

        @Test
        void warnsAnUnknownPriceUnit() {
            assertThat(only(UomRules.lineValueComputable(line(withCost(eaches("SKU-1", 1), "3", PriceUnit.UNKNOWN),
                    item(1)))).code()).isEqualTo("PRICE_UNIT_UNKNOWN");
        }
    }
}
