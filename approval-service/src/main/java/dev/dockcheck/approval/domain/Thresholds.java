package dev.dockcheck.approval.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a stage may carry and still pass automatically: a PO worth at most {@code maxValue} (in
 * {@code currency}) with at most {@code maxUnits} eaches, no check outcome or finding whose
 * severity is in {@code holdSeverities}. Above {@code fourEyesValue} a hold needs two approvers.
 */
public record Thresholds(BigDecimal maxValue, long maxUnits, String currency, Set<Severity> holdSeverities,
        BigDecimal fourEyesValue) {

    public Thresholds {
        holdSeverities = Set.copyOf(holdSeverities);
        if (fourEyesValue.compareTo(maxValue) < 0) {
            throw new IllegalArgumentException("the four-eyes value must not be below the auto-approval value");
        }
    }

    public boolean holds(Severity severity) {
        return severity == Severity.UNKNOWN || holdSeverities.contains(severity);
    }

    public int requiredApprovals(BigDecimal value) {
        return value != null && value.compareTo(fourEyesValue) > 0 ? 2 : 1;
    }
}
