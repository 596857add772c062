package dev.dockcheck.approval.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stage of a PO that waits for a decision: what is known so far (the PO may not have arrived
 * yet), the latest result of each check, and when waiting for missing checks ends.
 */
public record PendingStage(String poNumber, Stage stage, String shipmentId, Optional<PurchaseOrder> order,
        Map<CheckKind, CheckResult> results, Instant dueAt) {

    public PendingStage {
        results = results.isEmpty() ? Map.of() : new EnumMap<>(results);
    }

    /** The checks a stage is decided on: UOM_MAPPING for the order, ASN_MATCH and SSCC for a shipment. */
    public List<CheckKind> requiredChecks() {
        return stage == Stage.ORDER ? List.of(CheckKind.UOM_MAPPING) : List.of(CheckKind.ASN_MATCH, CheckKind.SSCC);
    }

    public List<CheckKind> missingChecks() {
        return requiredChecks().stream().filter(check -> !results.containsKey(check)).toList();
    }

    public boolean complete() {
        return order.isPresent() && missingChecks().isEmpty();
    }
}
