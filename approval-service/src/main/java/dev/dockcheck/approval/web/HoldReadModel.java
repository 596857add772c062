package dev.dockcheck.approval.web;

import dev.dockcheck.approval.HoldDesk.HoldNotFoundException;
import dev.dockcheck.approval.domain.Hold;
import dev.dockcheck.approval.store.AuditTrail;
import dev.dockcheck.approval.store.CheckResultStore;
import dev.dockcheck.approval.store.DecisionOutbox;
import dev.dockcheck.approval.store.HoldStore;
import dev.dockcheck.approval.store.PurchaseOrderStore;
import dev.dockcheck.approval.web.ApiViews.HoldDetail;
import dev.dockcheck.approval.web.ApiViews.Timeline;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the API, each from one consistent snapshot. */
@Component
class HoldReadModel {

    /** Nothing is known of this PO. */
    static class PurchaseOrderNotFoundException extends RuntimeException {
        PurchaseOrderNotFoundException(String poNumber) {
            super("Nothing is known of PO " + poNumber);
        }
    }

    private final HoldStore holds;
    private final PurchaseOrderStore orders;
    private final CheckResultStore results;
    private final AuditTrail audit;
    private final DecisionOutbox decisions;

    HoldReadModel(HoldStore holds, PurchaseOrderStore orders, CheckResultStore results, AuditTrail audit,
            DecisionOutbox decisions) {
        this.holds = holds;
        this.orders = orders;
        this.results = results;
        this.audit = audit;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public HoldDetail detail(UUID id) {
        Hold hold = holds.find(id).orElseThrow(() -> new HoldNotFoundException(id));
        return new HoldDetail(hold, orders.find(hold.poNumber()).orElse(null), results.forPo(hold.poNumber()),
                audit.forHold(id));
    }

    @Transactional(readOnly = true)
    public Timeline timeline(String poNumber) {
        var po = orders.find(poNumber);
        var checks = results.forPo(poNumber);
        var decided = decisions.forPo(poNumber);
        if (po.isEmpty() && checks.isEmpty() && decided.isEmpty()) {
            throw new PurchaseOrderNotFoundException(poNumber);
        }
        return new Timeline(poNumber, po.orElse(null), checks, holds.forPo(poNumber), decided, audit.forPo(poNumber));
    }
}
