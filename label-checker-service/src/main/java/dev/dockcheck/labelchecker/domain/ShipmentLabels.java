package dev.dockcheck.labelchecker.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the SSCC check needs of an advance shipment notice: who sent it, which shipment it confirms
 * and how (Original or Replace), when, for which purchase orders, and the labels of its cartons
 * and pallets.
 */
public record ShipmentLabels(String shipmentId, ConfirmationType confirmationType, String vendorCode,
        Instant confirmedAt, List<String> purchaseOrders, List<Container> containers) {

    public enum ConfirmationType { ORIGINAL, REPLACE, UNKNOWN }

    public ShipmentLabels {
        purchaseOrders = List.copyOf(purchaseOrders);
        containers = List.copyOf(containers);
    }
}
