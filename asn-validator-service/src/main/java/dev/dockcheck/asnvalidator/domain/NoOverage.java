package dev.dockcheck.asnvalidator.domain;

import java.util.List;

/**
 * Shipped eaches must not exceed ordered eaches on any PO line (SP-API: the vendor may not ship
 * more than Amazon ordered). Quantities are compared in eaches: CASES × unitSize, EACHES as is.
 */
final class NoOverage implements AsnRule {

    static final String CODE = "SHIPPED_OVER_ORDERED";

    @Override
    public String name() {
        return "noOverage";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        return match.po().map(po -> LineMatching.shippedEachesByLine(match, po).entrySet().stream()
                .filter(e -> e.getValue() > e.getKey().eaches())
                .map(e -> Finding.fail(CODE, "po.items[" + e.getKey().itemSequenceNumber() + "]",
                        "Shipped " + e.getValue() + " eaches of line " + e.getKey().itemSequenceNumber()
                                + " but " + e.getKey().eaches() + " were ordered",
                        e.getKey().eaches(), e.getValue()))
                .toList()).orElse(List.of());
    }
}
