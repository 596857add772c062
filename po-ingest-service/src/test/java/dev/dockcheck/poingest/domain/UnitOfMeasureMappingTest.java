package dev.dockcheck.poingest.domain;

import static dev.dockcheck.poingest.domain.TestCatalog.aCatalog;
import static dev.dockcheck.poingest.domain.TestCatalog.item;
import static dev.dockcheck.poingest.domain.TestOrders.aPurchaseOrder;
import static dev.dockcheck.poingest.domain.TestOrders.cases;
import static dev.dockcheck.poingest.domain.TestOrders.eaches;
import static dev.dockcheck.poingest.domain.TestOrders.withCost;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UnitOfMeasureMappingTest {

    static final Instant NOW = Instant.parse("2026-01-05T11:00:00Z");
    final UnitOfMeasureMapping mapping = new UnitOfMeasureMapping(new UomSettings(new BigDecimal("5")));

    UomCheckResult check(OrderLine line, Catalog catalog) {
        return mapping.check(aPurchaseOrder().withLine(line).build(), catalog, NOW);
    }

    static List<String> codes(UomCheckResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    @Nested
    class CleanOrders {
        @Test
        void passesCasesMatchingTheCatalogCasePackAndComputesEachesAndValue() {
            UomCheckResult result = check(cases("SKU-1", 10, 12L), aCatalog().with(item("SKU-1", 12, "10.00")));

            assertThat(result.outcome()).isEqualTo(Outcome.PASS);
            assertThat(result.findings()).isEmpty();
            assertThat(result.lines().get(0).eaches()).isEqualTo(120);
            assertThat(result.lines().get(0).value()).isEqualTo(Money.of("1200", "USD"));
            assertThat(result.checkedAt()).isEqualTo(NOW);
        }

        @Test
        void totalsEachesAndValueOverAllLines() {
            var po = aPurchaseOrder().withLine(cases("SKU-1", 2, 12L)).withLine(eaches("SKU-2", 5)).build();

            UomCheckResult result = mapping.check(po, aCatalog().with(item("SKU-1", 12)).with(item("SKU-2", 1)), NOW);

            assertThat(result.totalEaches()).isEqualTo(29);
            assertThat(result.totalValue()).isEqualTo(Money.of("290", "USD"));
        }

        @Test
        void failsAPurchaseOrderWithoutLines() {
            UomCheckResult result = mapping.check(aPurchaseOrder().build(), aCatalog(), NOW);

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(codes(result)).containsExactly("PO_HAS_NO_LINES");
            assertThat(result.totalValue()).isNull();
        }
    }

    @Nested
    class AllFindings {
        @Test
        void collectsEveryFindingOnEveryLineWithItsPath() {
            var po = aPurchaseOrder().withLine(cases("SKU-1", 0, 6L)).withLine(eaches("UNKNOWN", 3)).build();

            UomCheckResult result = mapping.check(po, aCatalog().with(item("SKU-1", 12)), NOW);

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).extracting(Finding::code, Finding::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("QUANTITY_NOT_POSITIVE", "items[0].orderedQuantity.amount"),
                    org.assertj.core.groups.Tuple.tuple("CASE_PACK_MISMATCH", "items[0].orderedQuantity.unitSize"),
                    org.assertj.core.groups.Tuple.tuple("ITEM_NOT_IN_CATALOG", "items[1].vendorProductIdentifier"));
        }

        @Test
        void warnsWithoutFailingWhenOnlyWarningsAreFound() {
            UomCheckResult result = check(cases("SKU-1", 2, null), aCatalog().with(item("SKU-1", 12)));

            assertThat(result.outcome()).isEqualTo(Outcome.WARN);
        }
    }

    @Nested
    class ChangedOrders {
        @Test
        void marksAChangeWithAnInfoFindingThatKeepsTheOutcome() {
            UomCheckResult result = check(cases("SKU-1", 1, 12L), aCatalog().with(item("SKU-1", 12)))
                    .asChangeOf(Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-06T10:00:00Z"));

            assertThat(result.outcome()).isEqualTo(Outcome.PASS);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("PO_CHANGED");
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.expected()).isEqualTo("2026-01-05T10:00:00Z");
                assertThat(f.actual()).isEqualTo("2026-01-06T10:00:00Z");
            });
        }
    }

    @Nested
    class WeightPricedLines {
        @Test
        void computesEachesButNoValueAndAsksForAReview() {
            OrderLine line = withCost(cases("SKU-1", 5, 10L), "94.97", PriceUnit.POUNDS);

            UomCheckResult result = check(line, aCatalog().with(item("SKU-1", 10, "94.97")));

            assertThat(result.outcome()).isEqualTo(Outcome.WARN);
            assertThat(codes(result)).containsExactly("WEIGHT_PRICED_LINE");
            assertThat(result.lines().get(0).eaches()).isEqualTo(50);
            assertThat(result.lines().get(0).value()).isNull();
            assertThat(result.totalValue()).isNull();
        }
    }

    @Nested
    class FiguresBeyondTheContract {
        @Test
        void failsALineValueOfMoreThanFifteenIntegerDigitsAndGivesItNoValue() {
            OrderLine line = withCost(eaches("SKU-1", Long.MAX_VALUE), "99999.9999", PriceUnit.EACH);

            UomCheckResult result = check(line, aCatalog().with(item("SKU-1", 1, "99999.9999")));

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).filteredOn(f -> f.code().equals("VALUE_OUT_OF_RANGE")).singleElement()
                    .satisfies(f -> assertThat(f.path()).isEqualTo("items[0].netCost"));
            assertThat(result.lines().get(0).eaches()).isEqualTo(Long.MAX_VALUE);
            assertThat(result.lines().get(0).value()).isNull();
            assertThat(result.totalValue()).isNull();
        }

        @Test
        void failsCasesWhoseEachesExceedALongInsteadOfThrowing() {
            UomCheckResult result = check(cases("SKU-1", Long.MAX_VALUE / 2, 12L), aCatalog().with(item("SKU-1", 12)));

            assertThat(codes(result)).contains("QUANTITY_OUT_OF_RANGE");
            assertThat(result.findings()).filteredOn(f -> f.code().equals("QUANTITY_OUT_OF_RANGE")).singleElement()
                    .satisfies(f -> assertThat(f.path()).isEqualTo("items[0].orderedQuantity"));
            assertThat(result.lines().get(0).eaches()).isZero();
            assertThat(result.lines().get(0).value()).isNull();
        }

        @Test
        void failsTotalsThatOverflowThoughEveryLineFits() {
            OrderLine big = withCost(eaches("SKU-1", 6_000_000_000L), "99999.9999", PriceUnit.EACH);
            OrderLine unpriced = withCost(eaches("SKU-1", Long.MAX_VALUE - 1), null, PriceUnit.EACH);
            var po = aPurchaseOrder().withLine(big).withLine(big).withLine(unpriced).build();

            UomCheckResult result = mapping.check(po, aCatalog().with(item("SKU-1", 1, "99999.9999")), NOW);

            assertThat(codes(result)).contains("TOTAL_VALUE_OUT_OF_RANGE", "TOTAL_EACHES_OUT_OF_RANGE")
                    .doesNotContain("VALUE_OUT_OF_RANGE");
            assertThat(result.totalValue()).isNull();
            assertThat(result.totalEaches()).isZero();
        }
    }
}
