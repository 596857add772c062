package dev.dockcheck.poingest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of the UoM mapping check on one PO: the outcome, every finding, each line in eaches
 * with its value, and the PO's totals ({@code totalValue} is null when no line has a value).
 */
public record UomCheckResult(String poNumber, Outcome outcome, List<Finding> findings, List<MappedLine> lines,
        long totalEaches, Money totalValue, Instant checkedAt) {

    public UomCheckResult {
        findings = List.copyOf(findings);
        lines = List.copyOf(lines);
    }

    /**
     * This result for a PO that replaces an earlier checked version: adds an INFO finding so that
     * readers of check-results see the change.
     */
    public UomCheckResult asChangeOf(Instant previousChangedDate, Instant changedDate) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(Finding.info("PO_CHANGED", "orderDetails.purchaseOrderChangedDate",
                "PO changed by Amazon; checked again", previousChangedDate, changedDate));
        return new UomCheckResult(poNumber, outcome, all, lines, totalEaches, totalValue, checkedAt);
    }
}
