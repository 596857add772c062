package dev.dockcheck.poingest.domain;

import java.util.List;

/**
 * A line whose eaches (amount x unitSize) exceed a long, or whose value (eaches x netCost) has
 * more than {@value #INTEGER_DIGITS} integer digits, cannot be carried by the Avro contract
 * (eaches: long; Money: decimal(19,4)). No real PO comes near; such a line is a FAIL with the
 * figure that overflowed, and is accepted without eaches or value.
 */
final class ContractRange {

    static final int INTEGER_DIGITS = Money.CONTRACT_PRECISION - 4;
    static final String LIMIT = "less than 10^" + INTEGER_DIGITS;

    private ContractRange() {
    }

    static List<Finding> quantitiesAndValueInRange(LineUnderCheck l) {
        Long eaches = UnitOfMeasureMapping.exactEaches(l);
        Quantity q = l.quantity();
        if (eaches == null) {
            return List.of(Finding.fail("QUANTITY_OUT_OF_RANGE", l.path("orderedQuantity"),
                    "amount x unitSize exceeds " + Long.MAX_VALUE + " eaches", "<= " + Long.MAX_VALUE,
                    q.amount() + " x " + q.unitSize()));
        }
        Money value = UnitOfMeasureMapping.value(l.line(), eaches);
        return value == null || value.fitsTheContract() ? List.of() : List.of(Finding.fail("VALUE_OUT_OF_RANGE",
                l.path("netCost"), "line value (eaches x netCost) has more than " + INTEGER_DIGITS
                        + " integer digits; no value given", LIMIT, value));
    }
}
