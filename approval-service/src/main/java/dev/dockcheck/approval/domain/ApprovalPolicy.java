package dev.dockcheck.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Decides a stage of a PO, automatically, once its checks are in (or their time is up).
 *
 * <ul>
 * <li>ORDER: decided on the UoM check. It passes when the check passed and the PO's value and
 * units are within the vendor's thresholds; the business brief asks that large orders get a
 * human look before the 24 h acknowledgement window of SP-API Vendor Orders closes.</li>
 * <li>SHIPMENT: decided on the ASN match and the SSCC check of one shipment (SP-API Vendor
 * Shipments, GS1 SSCC rules); it passes when both passed.</li>
 * <li>A check that has not arrived when the stage is due holds it ({@code CHECK_MISSING}), so
 * that nothing stays stuck.</li>
 * </ul>
 * Every rule that holds contributes a named reason; the policy collects all of them.
 */
public final class ApprovalPolicy {

    private final VendorThresholds thresholds;
    private final List<BiFunction<PendingStage, Thresholds, List<Reason>>> rules = List.of(
            StageRules::purchaseOrderMissing, StageRules::checksMissing, StageRules::checksNotPassed,
            StageRules::severeFindings, StageRules::currencyNotCovered, StageRules::valueAboveThreshold,
            StageRules::unitsAboveThreshold);

    public ApprovalPolicy(VendorThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The decision on {@code stage}, or empty while it still waits for a check or the PO and is not yet due. */
    public Optional<StageDecision> decide(PendingStage stage, Instant now) {
        if (!stage.complete() && now.isBefore(stage.dueAt())) {
            return Optional.empty();
        }
        Thresholds applicable = thresholds.forVendor(stage.order().map(PurchaseOrder::vendorCode).orElse(null));
        List<Reason> reasons = new ArrayList<>();
        rules.forEach(rule -> reasons.addAll(rule.apply(stage, applicable)));
        BigDecimal value = stage.order().map(PurchaseOrder::value).orElse(null);
        return Optional.of(new StageDecision(stage, reasons, applicable.requiredApprovals(value)));
    }

    public Thresholds thresholdsFor(String vendorCode) {
        return thresholds.forVendor(vendorCode);
    }
}
