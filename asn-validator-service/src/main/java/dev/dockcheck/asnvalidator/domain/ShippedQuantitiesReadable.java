package dev.dockcheck.asnvalidator.domain;

import java.util.List;

/**
 * A shipped quantity must be convertible to eaches (CASES with a unitSize, or EACHES), or no
 * quantity rule can judge it. One that is not FAILs rather than pass unchecked.
 */
final class ShippedQuantitiesReadable implements AsnRule {

    static final String CODE = "SHIPPED_QUANTITY_UNREADABLE";

    @Override
    public String name() {
        return "shippedQuantitiesReadable";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        return match.itemsOfThisPo().stream()
                .filter(indexed -> indexed.item().quantity().eachesOrEmpty().isEmpty())
                .map(indexed -> Finding.fail(CODE, indexed.path() + ".shippedQuantity",
                        "Shipped quantity cannot be converted to eaches", "CASES with a unitSize, or EACHES",
                        indexed.item().quantity()))
                .toList();
    }
}
