package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.domain.CheckKind;
import dev.dockcheck.approval.domain.CheckOutcome;
import dev.dockcheck.approval.domain.CheckResult;
import dev.dockcheck.approval.domain.Finding;
import dev.dockcheck.approval.domain.PurchaseOrder;
import dev.dockcheck.approval.domain.Severity;
import dev.dockcheck.approval.store.DecisionOutbox.Decision;
import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.DecisionOutcome;
import dev.dockcheck.events.DecisionReason;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.kafka.UnprocessableRecordException;

/**
 * Avro events to the approval's own records and back. Records that can never be decided on are
 * refused, among them identifiers longer than {@value UnprocessableRecordException#MAX_IDENTIFIER_LENGTH} characters: they
 * become the key of the decision on approval-decisions, and a key the broker refuses would stop
 * the outbox relay for every decision behind it.
 */
final class EventMapper {


    private EventMapper() {
    }

    static PurchaseOrder purchaseOrder(PurchaseOrderAccepted po) {
        if (po.getPurchaseOrderNumber().isBlank() || po.getTotalValue() == null) {
            throw new UnprocessableRecordException("purchase order without a number or a total value");
        }
        UnprocessableRecordException.requireShortIdentifier("purchaseOrderNumber", po.getPurchaseOrderNumber());
        UnprocessableRecordException.requireShortIdentifier("vendorCode", po.getVendorCode());
        return new PurchaseOrder(po.getPurchaseOrderNumber(), po.getVendorCode(), po.getPurchaseOrderDate(),
                po.getAcknowledgeBy(), po.getTotalEaches(), po.getTotalValue().getAmount(),
                po.getTotalValue().getCurrencyCode());
    }

    static CheckResult checkResult(CheckCompleted result) {
        if (result.getCheckType() == CheckType.UNKNOWN) {
            throw new UnprocessableRecordException("check result of an unknown check type");
        }
        if (result.getPoNumber().isBlank() || result.getSubjectId().isBlank()) {
            throw new UnprocessableRecordException("check result without a PO number or a subject");
        }
        UnprocessableRecordException.requireShortIdentifier("poNumber", result.getPoNumber());
        UnprocessableRecordException.requireShortIdentifier("subjectId", result.getSubjectId());
        return new CheckResult(result.getPoNumber(), CheckKind.valueOf(result.getCheckType().name()),
                result.getSubjectId(), CheckOutcome.valueOf(result.getOutcome().name()),
                result.getFindings().stream().map(finding -> new Finding(finding.getCode(),
                        Severity.valueOf(finding.getSeverity().name()), finding.getMessage(), finding.getPath(),
                        finding.getExpected(), finding.getActual())).toList(),
                result.getCheckedAt());
    }


    static ApprovalDecided decided(Decision decision) {
        return ApprovalDecided.newBuilder()
                .setDecisionId(decision.decisionId().toString())
                .setPoNumber(decision.poNumber())
                .setStage(DecisionStage.valueOf(decision.stage().name()))
                .setShipmentId(decision.shipmentId())
                .setOutcome(DecisionOutcome.valueOf(decision.outcome()))
                .setDecidedBy(decision.decidedBy())
                .setReasons(decision.reasons().stream()
                        .map(reason -> new DecisionReason(reason.code(), reason.message())).toList())
                .setHoldId(decision.holdId() == null ? null : decision.holdId().toString())
                .setComment(decision.comment())
                .setDecidedAt(decision.decidedAt())
                .build();
    }
}
