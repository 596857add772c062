package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PriceUnit;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Avro test data: received POs and catalog items. */
public final class Avro {

    public static final Instant ORDER_DATE = Instant.parse("2026-01-05T10:00:00Z");

    private Avro() {
    }

    public static PurchaseOrderReceived order(String number, Instant changedDate, OrderLine... lines) {
        return PurchaseOrderReceived.newBuilder().setPurchaseOrderNumber(number).setVendorCode("V1")
                .setPurchaseOrderDate(ORDER_DATE).setPurchaseOrderChangedDate(changedDate)
                .setItems(List.of(lines)).setReceivedAt(Instant.now()).build();
    }

    public static OrderLine casesOf(String sku, long amount, long unitSize, String netCost) {
        return new OrderLine("1", null, sku, new Quantity(amount, UnitOfMeasure.CASES, unitSize),
                new Money(new BigDecimal(netCost).setScale(4), "USD"), PriceUnit.EACH, false);
    }

    public static CatalogItem catalogItem(String sku, int eachesPerCase, String unitCost) {
        return CatalogItem.newBuilder().setVendorSku(sku).setEachesPerCase(eachesPerCase)
                .setUnitCost(new Money(new BigDecimal(unitCost).setScale(4), "USD"))
                .setUpdatedAt(Instant.now()).build();
    }
}
