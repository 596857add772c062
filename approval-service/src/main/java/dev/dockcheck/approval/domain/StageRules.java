package dev.dockcheck.approval.domain;

import java.util.List;
import java.util.Optional;

/** The named rules of the {@link ApprovalPolicy}. Each returns the reasons it holds a stage for, or none. */
final class StageRules {

    private StageRules() {
    }

    /** A check result arrived but its PO did not: nothing to weigh the order against. */
    static List<Reason> purchaseOrderMissing(PendingStage stage, Thresholds thresholds) {
        return stage.order().isPresent() ? List.of() : List.of(Reason.of(Reason.PURCHASE_ORDER_MISSING,
                "PO " + stage.poNumber() + " was not received by " + stage.dueAt()));
    }

    /** A required check did not arrive by the time the stage was due. */
    static List<Reason> checksMissing(PendingStage stage, Thresholds thresholds) {
        return stage.missingChecks().stream().map(check -> Reason.of(Reason.CHECK_MISSING,
                check + " result was not received by " + stage.dueAt())).toList();
    }

    /** A check ended with an outcome whose severity holds (WARN and FAIL by default; UNKNOWN always). */
    static List<Reason> checksNotPassed(PendingStage stage, Thresholds thresholds) {
        return stage.results().values().stream()
                .filter(result -> thresholds.holds(result.outcome().severity()))
                .map(result -> new Reason(Reason.CHECK_NOT_PASSED,
                        result.check() + " on " + result.subjectId() + " ended " + result.outcome(), result.findings()))
                .toList();
    }

    /** A check passed overall but reported a finding whose severity holds for this vendor. */
    static List<Reason> severeFindings(PendingStage stage, Thresholds thresholds) {
        return stage.results().values().stream()
                .filter(result -> !thresholds.holds(result.outcome().severity()))
                .map(result -> new Reason(Reason.SEVERE_FINDING,
                        result.check() + " on " + result.subjectId() + " reported findings that need a look",
                        result.findings().stream().filter(finding -> thresholds.holds(finding.severity())).toList()))
                .filter(reason -> !reason.findings().isEmpty())
                .toList();
    }

    /** The thresholds are in one currency; a PO in another cannot be weighed against them. */
    static List<Reason> currencyNotCovered(PendingStage stage, Thresholds thresholds) {
        return orderStage(stage).filter(po -> !po.currency().equals(thresholds.currency()))
                .map(po -> List.of(Reason.of(Reason.CURRENCY_NOT_COVERED,
                        "PO value is in " + po.currency() + ", thresholds are in " + thresholds.currency())))
                .orElse(List.of());
    }

    /** The PO is worth more than the vendor's auto-approval value. */
    static List<Reason> valueAboveThreshold(PendingStage stage, Thresholds thresholds) {
        return orderStage(stage).filter(po -> po.value().compareTo(thresholds.maxValue()) > 0)
                .map(po -> List.of(Reason.of(Reason.VALUE_ABOVE_THRESHOLD, "PO value " + po.value().toPlainString()
                        + " " + po.currency() + " is above " + thresholds.maxValue().toPlainString())))
                .orElse(List.of());
    }

    /** The PO orders more eaches than the vendor's auto-approval units. */
    static List<Reason> unitsAboveThreshold(PendingStage stage, Thresholds thresholds) {
        return orderStage(stage).filter(po -> po.units() > thresholds.maxUnits())
                .map(po -> List.of(Reason.of(Reason.UNITS_ABOVE_THRESHOLD,
                        "PO orders " + po.units() + " eaches, above " + thresholds.maxUnits())))
                .orElse(List.of());
    }

    // value and units are weighed once, on the order; a shipment is judged by its own checks
    private static Optional<PurchaseOrder> orderStage(PendingStage stage) {
        return stage.stage() == Stage.ORDER ? stage.order() : Optional.empty();
    }
}
