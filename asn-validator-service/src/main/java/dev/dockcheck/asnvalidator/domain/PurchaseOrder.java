package dev.dockcheck.asnvalidator.domain;

import java.time.Instant;
import java.util.List;

/** An accepted PO, as the ASN match needs it; the ship window bounds are null when not sent. */
public record PurchaseOrder(String number, Instant shipWindowStart, Instant shipWindowEnd, List<OrderedLine> lines) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }
}
