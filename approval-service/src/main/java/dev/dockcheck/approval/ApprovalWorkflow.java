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
import dev.dockcheck.approval.store.StageStore.StageKey;
import dev.dockcheck.approval.store.StageStore.Waiting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what arrives for a PO (the PO itself and its check results, in any order) and decides
 * each stage once it is complete, or once it is due: the sweep decides what waited too long.
 *
 * <p>It takes a poll's records together: they are stored, then the waiting stages of their POs
 * are locked and decided, with a fixed number of statements per poll (each a JDBC batch or one
 * query over all the poll's POs) rather than per record. A PO's stage is decided with everything
 * the poll brought for it, which is what deciding after each record would have ended with.
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

    /** Stores the POs, opens their ORDER stages and decides what is complete. */
    @Transactional
    public void onPurchaseOrders(List<PurchaseOrder> pos) {
        Instant now = clock.instant();
        orders.saveAll(pos, now);
        stages.openAllIfAbsent(pos.stream().map(po -> new StageKey(po.poNumber(), Stage.ORDER, "")).toList(),
                now, now.plus(checkTimeout));
        decideAll(stages.lockWaiting(pos.stream().map(PurchaseOrder::poNumber).toList()), now);
    }

    /** Keeps the results that are the latest of their kind, opens their stages and decides what is complete. */
    @Transactional
    public void onCheckResults(List<CheckResult> received) {
        Instant now = clock.instant();
        List<CheckResult> stored = results.saveAllIfLatest(received, now);
        if (stored.isEmpty()) {
            return;
        }
        stages.openAllIfAbsent(stored.stream().map(ApprovalWorkflow::stageOf).toList(), now, now.plus(checkTimeout));
        decideAll(stages.lockWaiting(stored.stream().map(CheckResult::poNumber).toList()), now);
    }

    /** Decides every stage that is past due, with whatever arrived; returns how many it decided. */
    @Transactional
    public int sweep(int limit) {
        Instant now = clock.instant();
        return decideAll(stages.lockOverdue(now, limit), now);
    }

    private static StageKey stageOf(CheckResult result) {
        return result.check() == CheckKind.UOM_MAPPING ? new StageKey(result.poNumber(), Stage.ORDER, "")
                : new StageKey(result.poNumber(), Stage.SHIPMENT, result.subjectId());
    }

    /** Decides each of these locked stages that the policy can decide now; returns how many it decided. */
    private int decideAll(List<Waiting> waiting, Instant now) {
        if (waiting.isEmpty()) {
            return 0;
        }
        List<String> poNumbers = waiting.stream().map(Waiting::poNumber).distinct().toList();
        Map<String, List<CheckResult>> resultsByPo = results.forPos(poNumbers);
        Map<String, PurchaseOrder> ordersByPo = orders.findAll(poNumbers);
        List<DecisionRecorder.Taken> taken = waiting.stream()
                .flatMap(stage -> policy.decide(pending(stage, resultsByPo.getOrDefault(stage.poNumber(), List.of()),
                        Optional.ofNullable(ordersByPo.get(stage.poNumber()))), now)
                        .map(decision -> new DecisionRecorder.Taken(decision, stage)).stream())
                .toList();
        recorder.recordAll(taken, now);
        return taken.size();
    }

    private static PendingStage pending(Waiting stage, List<CheckResult> resultsOfPo, Optional<PurchaseOrder> order) {
        Map<CheckKind, CheckResult> latest = resultsOfPo.stream()
                .filter(result -> belongsTo(result, stage))
                .collect(Collectors.toMap(CheckResult::check, Function.identity(), (a, b) -> b.supersedes(a) ? b : a));
        return new PendingStage(stage.poNumber(), stage.stage(), stage.shipmentId(), order, latest, stage.dueAt());
    }

    private static boolean belongsTo(CheckResult result, Waiting stage) {
        return stage.stage() == Stage.ORDER ? result.check() == CheckKind.UOM_MAPPING
                : result.check() != CheckKind.UOM_MAPPING && result.subjectId().equals(stage.shipmentId());
    }
}
