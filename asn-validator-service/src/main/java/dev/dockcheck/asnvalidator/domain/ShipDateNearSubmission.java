package dev.dockcheck.asnvalidator.domain;

import java.time.Instant;
import java.util.List;

/**
 * The ship date must fall between 7 days before and 2 days after the ASN is submitted (SP-API
 * Vendor Shipments). Outside that range it WARNs. A missing ship date is not judged here.
 */
final class ShipDateNearSubmission implements AsnRule {

    static final String CODE = "SHIPPED_DATE_OUT_OF_RANGE";

    @Override
    public String name() {
        return "shipDateNearSubmission";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        Instant shipped = match.asn().shippedDate();
        if (shipped == null) {
            return List.of();
        }
        Instant earliest = match.now().minus(match.settings().shippedAtMostAgo());
        Instant latest = match.now().plus(match.settings().shippedAtMostAhead());
        if (shipped.isBefore(earliest) || shipped.isAfter(latest)) {
            return List.of(Finding.warn(CODE, "shippedDate", "Shipped date is not within "
                    + match.settings().shippedAtMostAgo().toDays() + " days before and "
                    + match.settings().shippedAtMostAhead().toDays() + " days after submission",
                    "[" + earliest + ", " + latest + "]", shipped));
        }
        return List.of();
    }
}
