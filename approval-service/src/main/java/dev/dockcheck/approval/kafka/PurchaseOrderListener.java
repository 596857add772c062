package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.ApprovalWorkflow;
import dev.dockcheck.approval.domain.PurchaseOrder;
import dev.dockcheck.events.PurchaseOrderAccepted;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Accepted POs: stored, and the ORDER stage starts waiting for its check (or is decided if it was
 * first). One poll is one database transaction ({@link BatchIntake}).
 */
@Component
class PurchaseOrderListener {

    private final ApprovalWorkflow workflow;
    private final BatchIntake intake;

    PurchaseOrderListener(ApprovalWorkflow workflow, BatchIntake intake) {
        this.workflow = workflow;
        this.intake = intake;
    }

    @KafkaListener(id = "approval-purchase-orders", topics = "purchase-orders", batch = "true")
    void onPurchaseOrders(List<ConsumerRecord<String, PurchaseOrderAccepted>> records) {
        intake.process(records, EventMapper::purchaseOrder, PurchaseOrder::poNumber, workflow::onPurchaseOrders);
    }
}
