package dev.dockcheck.poingest.domain;

import java.time.Instant;
import java.util.List;

/** A purchase order as the UoM check sees it: its number, dates and lines. */
public record PurchaseOrder(String number, String vendorCode, Instant orderDate, Instant changedDate,
        List<OrderLine> lines) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }
}
