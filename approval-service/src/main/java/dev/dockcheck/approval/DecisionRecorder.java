package dev.dockcheck.approval;

import dev.dockcheck.approval.domain.Hold;
import dev.dockcheck.approval.domain.HoldStatus;
import dev.dockcheck.approval.domain.PurchaseOrder;
import dev.dockcheck.approval.domain.Reason;
import dev.dockcheck.approval.domain.Stage;
import dev.dockcheck.approval.domain.StageDecision;
import dev.dockcheck.approval.store.AuditTrail;
import dev.dockcheck.approval.store.DecisionOutbox;
import dev.dockcheck.approval.store.HoldStore;
import dev.dockcheck.approval.store.StageStore;
import dev.dockcheck.approval.store.StageStore.Waiting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes an automatic decision, inside the caller's transaction: the hold (if held), the audit
 * entry, the decision in the outbox, and the stage marked decided. All or nothing.
 */
@Component
class DecisionRecorder {

    static final String SYSTEM = "system";

    private final HoldStore holds;
    private final AuditTrail audit;
    private final DecisionOutbox outbox;
    private final StageStore stages;
    private final DecisionMetrics metrics;
    private final Duration shipmentHoldDeadline;

    DecisionRecorder(HoldStore holds, AuditTrail audit, DecisionOutbox outbox, StageStore stages,
            DecisionMetrics metrics, ApprovalProperties properties) {
        this.holds = holds;
        this.audit = audit;
        this.outbox = outbox;
        this.stages = stages;
        this.metrics = metrics;
        this.shipmentHoldDeadline = properties.shipmentHoldDeadline();
    }

    /** A decision the policy took for a locked stage. */
    record Taken(StageDecision decision, Waiting stage) {
    }

    /** Writes the decisions, in their order: holds one by one, the rest as one JDBC batch per table. */
    void recordAll(List<Taken> taken, Instant now) {
        if (taken.isEmpty()) {
            return;
        }
        List<AuditTrail.NewEntry> entries = new ArrayList<>(taken.size());
        List<DecisionOutbox.NewDecision> decisions = new ArrayList<>(taken.size());
        List<StageStore.Decided> decided = new ArrayList<>(taken.size());
        for (Taken each : taken) {
            Waiting stage = each.stage();
            String outcome = each.decision().held() ? "HELD" : "AUTO_APPROVED";
            UUID holdId = each.decision().held() ? hold(each.decision(), now).id() : null;
            String shipmentId = stage.shipmentId().isEmpty() ? null : stage.shipmentId();
            entries.add(new AuditTrail.NewEntry(stage.poNumber(), holdId, outcome, SYSTEM, summary(each.decision().reasons()), now));
            decisions.add(new DecisionOutbox.NewDecision(UUID.randomUUID(), stage.poNumber(), stage.stage(), shipmentId,
                    outcome, SYSTEM, each.decision().reasons(), holdId, null, now));
            decided.add(new StageStore.Decided(stage, outcome));
        }
        audit.appendAll(entries);
        outbox.appendAll(decisions);
        stages.markAllDecided(decided, now);
        decided.forEach(d -> metrics.decided(d.stage().stage(), d.outcome()));
    }

    private Hold hold(StageDecision decision, Instant now) {
        Optional<PurchaseOrder> po = decision.subject().order();
        Stage stage = decision.subject().stage();
        Instant deadline = stage == Stage.ORDER && po.isPresent() ? po.get().acknowledgeBy() : now.plus(shipmentHoldDeadline);
        Hold hold = new Hold(UUID.randomUUID(), decision.subject().poNumber(), po.map(PurchaseOrder::vendorCode).orElse(null),
                stage, stage == Stage.SHIPMENT ? decision.subject().shipmentId() : null, decision.reasons(),
                po.map(PurchaseOrder::value).orElse(null), po.map(PurchaseOrder::currency).orElse(null),
                po.map(PurchaseOrder::units).orElse(null), deadline, HoldStatus.OPEN, decision.requiredApprovals(),
                Set.of(), now, 0);
        holds.insert(hold);
        return hold;
    }

    private static String summary(List<Reason> reasons) {
        return reasons.isEmpty() ? null : reasons.stream().map(Reason::code).distinct().collect(Collectors.joining(", "));
    }
}
