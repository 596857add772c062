package dev.dockcheck.approval;

import dev.dockcheck.approval.domain.ApprovalPolicy;
import dev.dockcheck.approval.domain.CheckKind;
import dev.dockcheck.approval.domain.CheckResult;
import dev.dockcheck.approval.domain.PendingStage;
import dev.dockcheck.approval.domain.PurchaseOrder;
import dev.dockcheck.approval.domain.Stage;
import dev.dockcheck.approval.store.CheckResultStore;
import dev.dockcheck.approval.store.PurchaseOrderStore;
import dev.dockcheck.approval.store.StageStore;
import dev.dockcheck.approval.store.StageStore.Waiting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what arrives for a PO (the PO itself and its check results, in any order) and decides
 * each stage once it is complete, or once it is due: the sweep decides what waited too long.
 */
@Service
public class ApprovalWorkflow {

    private final PurchaseOrderStore orders;
    private final CheckResultStore results;
    private final StageStore stages;
    private final DecisionRecorder recorder;
    private final ApprovalPolicy policy;
    private final Duration checkTimeout;
    private final Clock clock;

    ApprovalWorkflow(PurchaseOrderStore orders, CheckResultStore results, StageStore stages, DecisionRecorder recorder,
            ApprovalPolicy policy, ApprovalProperties properties, Clock clock) {
        this.orders = orders;
        this.results = results;
        this.stages = stages;
        this.recorder = recorder;
        this.policy = policy;
        this.checkTimeout = properties.checkTimeout();
        this.clock = clock;
    }

    @Transactional
    public void onPurchaseOrder(PurchaseOrder po) {
        Instant now = clock.instant();
        orders.save(po, now);
        stages.openIfAbsent(po.poNumber(), Stage.ORDER, "", now, now.plus(checkTimeout));
        decideWaiting(po.poNumber(), now);
    }

    @Transactional
    public void onCheckResult(CheckResult result) {
        Instant now = clock.instant();
        if (!results.saveIfLatest(result, now)) {
            return;
        }
        if (result.check() == CheckKind.UOM_MAPPING) {
            stages.openIfAbsent(result.poNumber(), Stage.ORDER, "", now, now.plus(checkTimeout));
        } else {
            stages.openIfAbsent(result.poNumber(), Stage.SHIPMENT, result.subjectId(), now, now.plus(checkTimeout));
        }
        decideWaiting(result.poNumber(), now);
    }

    /** Decides every stage that is past due, with whatever arrived; returns how many it decided. */
    @Transactional
    public int sweep(int limit) {
        Instant now = clock.instant();
        return (int) stages.lockOverdue(now, limit).stream().filter(stage -> decide(stage, now)).count();
    }

    private void decideWaiting(String poNumber, Instant now) {
        stages.lockWaiting(poNumber).forEach(stage -> decide(stage, now));
    }

    private boolean decide(Waiting stage, Instant now) {
        var decision = policy.decide(pending(stage), now);
        decision.ifPresent(taken -> recorder.record(taken, stage, now));
        return decision.isPresent();
    }

    private PendingStage pending(Waiting stage) {
        Map<CheckKind, CheckResult> latest = results.forPo(stage.poNumber()).stream()
                .filter(result -> belongsTo(result, stage))
                .collect(Collectors.toMap(CheckResult::check, Function.identity(), (a, b) -> b.supersedes(a) ? b : a));
        return new PendingStage(stage.poNumber(), stage.stage(), stage.shipmentId(), orders.find(stage.poNumber()),
                latest, stage.dueAt());
    }

    private static boolean belongsTo(CheckResult result, Waiting stage) {
        return stage.stage() == Stage.ORDER ? result.check() == CheckKind.UOM_MAPPING
                : result.check() != CheckKind.UOM_MAPPING && result.subjectId().equals(stage.shipmentId());
    }
}
