package dev.dockcheck.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test data: {@code anOrder().worth("120.00").withUnits(10).withCheck(...).build()}. */
final class PendingStages {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant DUE = NOW.plusSeconds(1800);

    private final Stage stage;
    private final String shipmentId;
    private PurchaseOrder order = new PurchaseOrder("PO-1", "VEND1", NOW.minusSeconds(3600), NOW.plusSeconds(82800),
            10, new BigDecimal("120.00"), "USD");
    private boolean orderKnown = true;
    private final Map<CheckKind, CheckResult> results = new EnumMap<>(CheckKind.class);

    private PendingStages(Stage stage, String shipmentId) {
        this.stage = stage;
        this.shipmentId = shipmentId;
    }

    static PendingStages anOrder() {
        return new PendingStages(Stage.ORDER, "");
    }

    static PendingStages aShipment(String shipmentId) {
        return new PendingStages(Stage.SHIPMENT, shipmentId);
    }

    PendingStages worth(String value) {
        order = new PurchaseOrder(order.poNumber(), order.vendorCode(), order.orderDate(), order.acknowledgeBy(),
                order.units(), new BigDecimal(value), order.currency());
        return this;
    }

    PendingStages inCurrency(String currency) {
        order = new PurchaseOrder(order.poNumber(), order.vendorCode(), order.orderDate(), order.acknowledgeBy(),
                order.units(), order.value(), currency);
        return this;
    }

    PendingStages withUnits(long units) {
        order = new PurchaseOrder(order.poNumber(), order.vendorCode(), order.orderDate(), order.acknowledgeBy(),
                units, order.value(), order.currency());
        return this;
    }

    PendingStages fromVendor(String vendor) {
        order = new PurchaseOrder(order.poNumber(), vendor, order.orderDate(), order.acknowledgeBy(), order.units(),
                order.value(), order.currency());
        return this;
    }

    PendingStages withoutOrder() {
        orderKnown = false;
        return this;
    }

    PendingStages withCheck(CheckKind check, CheckOutcome outcome, Finding... findings) {
        String subject = check == CheckKind.UOM_MAPPING ? order.poNumber() : shipmentId;
        results.put(check, new CheckResult(order.poNumber(), check, subject, outcome, List.of(findings), NOW));
        return this;
    }

    static Finding finding(String code, Severity severity) {
        return new Finding(code, severity, code + " found", "items[0]", "12", "6");
    }

    PendingStage build() {
        return new PendingStage(order.poNumber(), stage, shipmentId, orderKnown ? Optional.of(order) : Optional.empty(),
                results, DUE);
    }
}
