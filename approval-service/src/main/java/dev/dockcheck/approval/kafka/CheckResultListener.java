package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.ApprovalWorkflow;
import dev.dockcheck.events.CheckCompleted;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Check results: the latest per (PO, check, subject) is kept, and a stage whose checks are all in
 * is decided. The listener only writes PostgreSQL; decisions reach Kafka through the outbox, so a
 * redelivered result (after a crash before the offset commit) changes nothing.
 */
@Component
class CheckResultListener {

    private final ApprovalWorkflow workflow;

    CheckResultListener(ApprovalWorkflow workflow) {
        this.workflow = workflow;
    }

    @KafkaListener(id = "approval-check-results", topics = "check-results")
    void onCheckResult(CheckCompleted result) {
        workflow.onCheckResult(EventMapper.checkResult(result));
    }
}
