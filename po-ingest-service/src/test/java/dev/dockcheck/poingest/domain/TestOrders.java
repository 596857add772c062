package dev.dockcheck.poingest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds POs for tests: {@code aPurchaseOrder().withLine(cases("SKU-1", 10, 12L))}. */
public final class TestOrders {

    private final List<OrderLine> lines = new ArrayList<>();
    private String number = "PO-1";

    public static TestOrders aPurchaseOrder() {
        return new TestOrders();
    }

    public static OrderLine cases(String sku, long amount, Long unitSize) {
        return new OrderLine("1", null, sku, Quantity.cases(amount, unitSize), Money.of("10.00", "USD"), PriceUnit.EACH);
    }

    public static OrderLine eaches(String sku, long amount) {
        return new OrderLine("1", null, sku, Quantity.eaches(amount), Money.of("10.00", "USD"), PriceUnit.EACH);
    }

    public static OrderLine withCost(OrderLine line, String amount, PriceUnit unit) {
        return new OrderLine(line.itemSequenceNumber(), line.asin(), line.vendorSku(), line.orderedQuantity(),
                amount == null ? null : Money.of(amount, "USD"), unit);
    }

    public TestOrders numbered(String poNumber) {
        this.number = poNumber;
        return this;
    }

    public TestOrders withLine(OrderLine line) {
        lines.add(line);
        return this;
    }

    public PurchaseOrder build() {
        return new PurchaseOrder(number, "V1", Instant.parse("2026-01-05T10:00:00Z"), null, lines);
    }
}
