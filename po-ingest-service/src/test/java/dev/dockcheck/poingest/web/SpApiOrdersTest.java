package dev.dockcheck.poingest.web;

import static dev.dockcheck.poingest.domain.TestCatalog.aCatalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.events.PriceUnit;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.UnitOfMeasure;
import dev.dockcheck.poingest.domain.CatalogEntry;
import dev.dockcheck.poingest.domain.Finding;
import dev.dockcheck.poingest.domain.Money;
import dev.dockcheck.poingest.domain.Outcome;
import dev.dockcheck.poingest.domain.TestCatalog;
import dev.dockcheck.poingest.domain.UnitOfMeasureMapping;
import dev.dockcheck.poingest.domain.UomCheckResult;
import dev.dockcheck.poingest.domain.UomSettings;
import dev.dockcheck.poingest.kafka.AvroToDomain;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every SP-API order file: what the intake reads from it, and what the UoM check finds. */
class SpApiOrdersTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    final UnitOfMeasureMapping mapping = new UnitOfMeasureMapping(new UomSettings(new BigDecimal("5")));

    static List<PurchaseOrderReceived> read(String file) {
        return new OrderDocumentReader(NOW).read(SpApiFiles.read(file));
    }

    UomCheckResult check(PurchaseOrderReceived po, TestCatalog catalog) {
        return mapping.check(AvroToDomain.purchaseOrder(po), catalog, NOW);
    }

    static CatalogEntry item(String sku, String asin, int pack, String cost) {
        return new CatalogEntry(sku, asin, null, pack, null, false, Money.of(cost, "USD"));
    }

    @Nested
    class UseCaseOrderWrapper {
        final String file = "usecase_PO_invalidLineItem_Cases_unitSize5_order.json";

        @Test
        void readsTheOrderWrapperTrimmingSpacesAndTakingNumbersSentAsStrings() {
            PurchaseOrderReceived po = read(file).get(0);

            assertThat(po.getPurchaseOrderNumber()).isEqualTo("L8266355");
            assertThat(po.getVendorCode()).isEqualTo("999US");
            assertThat(po.getPurchaseOrderDate()).isEqualTo(Instant.parse("2019-07-16T19:17:34.304Z"));
            assertThat(po.getReceivedAt()).isEqualTo(NOW);
            var line = po.getItems().get(0);
            assertThat(line.getAsin()).isEqualTo("ABC123434");
            assertThat(line.getOrderedQuantity().getAmount()).isEqualTo(10);
            assertThat(line.getOrderedQuantity().getUnitOfMeasure()).isEqualTo(UnitOfMeasure.CASES);
            assertThat(line.getOrderedQuantity().getUnitSize()).isEqualTo(5);
            assertThat(line.getNetCost().getAmount()).isEqualByComparingTo("10.2");
        }

        @Test
        void failsTheInvalidLineItemAsNotInTheCatalog() {
            UomCheckResult result = check(read(file).get(0), aCatalog());

            assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(result.findings()).extracting(Finding::code).containsExactly("ITEM_NOT_IN_CATALOG");
            assertThat(result.totalEaches()).isEqualTo(50);
        }

        @Test
        void failsCasesOfFiveAgainstACasePackOfTwelve() {
            UomCheckResult result = check(read(file).get(0), aCatalog().with(item("028877454078", null, 12, "10.20")));

            assertThat(result.findings()).extracting(Finding::code).containsExactly("CASE_PACK_MISMATCH");
        }

        @Test
        void passesWithAMatchingCatalogEntry() {
            UomCheckResult result = check(read(file).get(0), aCatalog().with(item("028877454078", "ABC123434", 5, "10.20")));

            assertThat(result.outcome()).isEqualTo(Outcome.PASS);
            assertThat(result.totalValue()).isEqualTo(Money.of("510", "USD"));
        }
    }

    @Nested
    class GetPurchaseOrdersResponse {
        final List<PurchaseOrderReceived> orders = read("vendorOrders_getPurchaseOrders_200_sandbox0_response.json");
        final TestCatalog catalog = aCatalog()
                .with(item("8806098286500", "B07DFVDRAB", 1, "346.27"))
                .with(item("8806098286123", "B07DFYF5AB", 1, "229.47"))
                .with(item("8806098095123", "B07MC84QAB", 1, "412.71"))
                .with(item("B01LNRIIAB", "B01LNRIIAB", 10, "94.97"));

        @Test
        void readsBothOrdersWithTheChangedDateAndShipWindow() {
            assertThat(orders).extracting(PurchaseOrderReceived::getPurchaseOrderNumber).containsExactly("2JK3S9VC", "3TRD2IAB");
            assertThat(orders.get(0).getPurchaseOrderChangedDate()).isEqualTo(Instant.parse("2019-08-22T16:05:00Z"));
            assertThat(orders.get(0).getShipWindowStart()).isEqualTo(Instant.parse("2019-08-21T07:00:00Z"));
            assertThat(orders.get(0).getShipWindowEnd()).isEqualTo(Instant.parse("2019-08-27T07:00:00Z"));
        }

        @Test
        void passesTheChangedEachesOrderWithItsTotals() {
            UomCheckResult result = check(orders.get(0), catalog);

            assertThat(result.outcome()).isEqualTo(Outcome.PASS);
            assertThat(result.totalEaches()).isEqualTo(16);
            assertThat(result.totalValue()).isEqualTo(Money.of("6170.44", "USD"));
        }

        @Test
        void readsUpperCaseCasesAndWarnsTheWeightPricedLine() {
            var line = orders.get(1).getItems().get(0);
            assertThat(line.getOrderedQuantity().getUnitOfMeasure()).isEqualTo(UnitOfMeasure.CASES);
            assertThat(line.getPriceUnit()).isEqualTo(PriceUnit.POUNDS);
            assertThat(line.getBackOrderAllowed()).isTrue();

            UomCheckResult result = check(orders.get(1), catalog);

            assertThat(result.outcome()).isEqualTo(Outcome.WARN);
            assertThat(result.findings()).extracting(Finding::code).containsExactly("WEIGHT_PRICED_LINE");
            assertThat(result.totalEaches()).isEqualTo(50);
            assertThat(result.totalValue()).isNull();
        }
    }

    @Nested
    class GetPurchaseOrderResponse {
        @Test
        void warnsTheSecondAsinForTheSameVendorSku() {
            PurchaseOrderReceived po = read("vendorOrders_getPurchaseOrder_4Z32PABC_200_sandbox_response.json").get(0);

            UomCheckResult result = check(po, aCatalog().with(item("0017817748000", "B0748G1ABC", 1, "140"))
                    .with(item("0017817755000", "B076SDSABC", 1, "110")));

            assertThat(po.getPurchaseOrderNumber()).isEqualTo("4Z32PABC");
            assertThat(result.outcome()).isEqualTo(Outcome.WARN);
            assertThat(result.findings()).extracting(Finding::code, Finding::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ASIN_MISMATCH", "items[1].amazonProductIdentifier"),
                    org.assertj.core.groups.Tuple.tuple("NET_COST_DEVIATION", "items[1].netCost"));
            assertThat(result.totalEaches()).isEqualTo(62);
        }
    }

    @Nested
    class Acknowledgements {
        @ParameterizedTest
        @ValueSource(strings = {"vendorOrders_submitAcknowledgement_202_sandbox_requestBody.json",
                "usecase_ack_invalidLineItem_Rejected_InvalidProductIdentifier.json",
                "usecase_ack_partialAccept6_backorder4.json", "usecase_ack_fullCancellation_Rejected.json"})
        void rejectsAnAcknowledgementPostedAsAnOrder(String file) {
            assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(InvalidDocumentException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("$"));
        }
    }
}
