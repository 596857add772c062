package dev.dockcheck.asnvalidator.domain;

import java.time.Instant;
import java.util.List;

/**
 * The ship date should fall inside the PO's ship window (SP-API Vendor Orders {@code shipWindow}).
 * Outside it WARNs. A missing ship date or window bound is not judged.
 */
final class ShipDateInShipWindow implements AsnRule {

    static final String CODE = "SHIPPED_OUTSIDE_SHIP_WINDOW";

    @Override
    public String name() {
        return "shipDateInShipWindow";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        Instant shipped = match.asn().shippedDate();
        return match.po().filter(po -> shipped != null)
                .filter(po -> (po.shipWindowStart() != null && shipped.isBefore(po.shipWindowStart()))
                        || (po.shipWindowEnd() != null && shipped.isAfter(po.shipWindowEnd())))
                .map(po -> List.of(Finding.warn(CODE, "shippedDate", "Shipped date is outside the ship window of PO "
                        + po.number(), "[" + po.shipWindowStart() + ", " + po.shipWindowEnd() + "]", shipped)))
                .orElse(List.of());
    }
}
