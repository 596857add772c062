package dev.dockcheck.poingest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The unit-of-measure mapping check: maps every PO line to eaches against the vendor's catalog
 * and runs every {@link UomRules rule} on every line, collecting all findings. A line's eaches are
 * {@code amount x unitSize} for Cases and {@code amount} for Eaches; its value is
 * {@code eaches x netCost} where netCost is per each (SP-API Vendor Orders).
 */
public final class UnitOfMeasureMapping {

    private final List<UomRule> rules;

    public UnitOfMeasureMapping(UomSettings settings) {
        this.rules = UomRules.allCurrentRules(settings);
    }

    public UomCheckResult check(PurchaseOrder po, Catalog catalog, Instant now) {
        List<Finding> findings = new ArrayList<>();
        List<MappedLine> lines = new ArrayList<>();
        if (po.lines().isEmpty()) {
            findings.add(Finding.fail("PO_HAS_NO_LINES", "items", "PO has no lines", "at least 1 line", 0));
        }
        for (int i = 0; i < po.lines().size(); i++) {
            OrderLine line = po.lines().get(i);
            CatalogEntry item = line.vendorSku() == null ? null : catalog.find(line.vendorSku()).orElse(null);
            LineUnderCheck subject = new LineUnderCheck(i, line, item);
            rules.forEach(rule -> findings.addAll(rule.apply(subject)));
            lines.add(map(subject));
        }
        Totals totals = Totals.of(lines, findings);
        return new UomCheckResult(po.number(), Outcome.of(findings), findings, lines, totals.eaches(), totals.value(), now);
    }

    /** The line in eaches with its value; 0 eaches and no value where they exceed what the contract holds. */
    static MappedLine map(LineUnderCheck subject) {
        Long eaches = exactEaches(subject);
        OrderLine line = subject.line();
        Money value = eaches == null ? null : value(line, eaches);
        return new MappedLine(line, eaches == null ? 0 : eaches,
                value != null && value.fitsTheContract() ? value : null);
    }

    /** eaches x netCost for a line priced per each, else null. */
    static Money value(OrderLine line, long eaches) {
        return line.netCost() != null && line.priceUnit() == PriceUnit.EACH ? line.netCost().times(eaches) : null;
    }

    /** The line's eaches, 0 where they cannot be computed, null where they exceed a long. */
    static Long exactEaches(LineUnderCheck subject) {
        Quantity q = subject.quantity();
        if (q.amount() <= 0 || q.unit() == null) {
            return 0L;
        }
        try {
            return switch (q.unit()) {
                case EACHES -> q.amount();
                case CASES -> caseSize(subject) > 0 ? Math.multiplyExact(q.amount(), caseSize(subject)) : 0;
                case UNKNOWN -> 0L;
            };
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private static long caseSize(LineUnderCheck subject) {
        Long stated = subject.quantity().unitSize();
        if (stated != null) {
            return stated;
        }
        return subject.item() == null ? 0 : subject.item().eachesPerCase();
    }
}
