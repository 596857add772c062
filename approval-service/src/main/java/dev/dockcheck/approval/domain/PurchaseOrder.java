package dev.dockcheck.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** What the approval needs to know of an accepted PO: who sent it, how big it is, and when it is due. */
public record PurchaseOrder(String poNumber, String vendorCode, Instant orderDate, Instant acknowledgeBy,
        long units, BigDecimal value, String currency) {
}
