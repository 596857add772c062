package dev.dockcheck.labelchecker.domain;

import java.util.List;

/** All SSCC findings about one ASN, gathered from the validity rules and every SSCC's registry check. */
public record ShipmentVerdict(String shipmentId, List<String> purchaseOrders, List<Finding> findings) {

    public ShipmentVerdict {
        purchaseOrders = List.copyOf(purchaseOrders);
        findings = List.copyOf(findings);
    }

    public Outcome outcome() {
        return Outcome.of(findings);
    }
}
