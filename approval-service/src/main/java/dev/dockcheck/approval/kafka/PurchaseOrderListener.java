package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.ApprovalWorkflow;
import dev.dockcheck.events.PurchaseOrderAccepted;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Accepted POs: stored, and the ORDER stage starts waiting for its check (or is decided if it was first). */
@Component
class PurchaseOrderListener {

    private final ApprovalWorkflow workflow;

    PurchaseOrderListener(ApprovalWorkflow workflow) {
        this.workflow = workflow;
    }

    @KafkaListener(id = "approval-purchase-orders", topics = "purchase-orders")
    void onPurchaseOrder(PurchaseOrderAccepted po) {
        workflow.onPurchaseOrder(EventMapper.purchaseOrder(po));
    }
}
