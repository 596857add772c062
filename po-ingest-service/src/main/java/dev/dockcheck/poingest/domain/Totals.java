package dev.dockcheck.poingest.domain;

import java.util.List;

/**
 * A PO's total eaches and value. A total beyond what the contract holds (a long of eaches,
 * Money's 15 integer digits) is a FAIL finding and is left out (0 eaches, no value), so that the
 * accepted PO can still be written.
 */
record Totals(long eaches, Money value) {

    static Totals of(List<MappedLine> lines, List<Finding> findings) {
        long eaches = 0;
        try {
            for (MappedLine line : lines) {
                eaches = Math.addExact(eaches, line.eaches());
            }
        } catch (ArithmeticException overflow) {
            findings.add(Finding.fail("TOTAL_EACHES_OUT_OF_RANGE", "items",
                    "the PO's total eaches exceed " + Long.MAX_VALUE + "; no total given", "<= " + Long.MAX_VALUE,
                    "more"));
            eaches = 0;
        }
        Money value = lines.stream().map(MappedLine::value).filter(v -> v != null).reduce(Money::plus).orElse(null);
        if (value != null && !value.fitsTheContract()) {
            findings.add(Finding.fail("TOTAL_VALUE_OUT_OF_RANGE", "items", "the PO's total value has more than "
                    + ContractRange.INTEGER_DIGITS + " integer digits; no total given", ContractRange.LIMIT, value));
            value = null;
        }
        return new Totals(eaches, value);
    }
}
