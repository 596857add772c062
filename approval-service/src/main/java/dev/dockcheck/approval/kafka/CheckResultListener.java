package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.ApprovalWorkflow;
import dev.dockcheck.approval.domain.CheckResult;
import dev.dockcheck.events.CheckCompleted;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Check results: the latest per (PO, check, subject) is kept, and a stage whose checks are all in
 * is decided. One poll is one database transaction ({@link BatchIntake}). The listener only writes
 * PostgreSQL; decisions reach Kafka through the outbox, so a redelivered poll (after a crash
 * before the offset commit) changes nothing.
 */
@Component
class CheckResultListener {

    private final ApprovalWorkflow workflow;
    private final BatchIntake intake;

    CheckResultListener(ApprovalWorkflow workflow, BatchIntake intake) {
        this.workflow = workflow;
        this.intake = intake;
    }

    @KafkaListener(id = "approval-check-results", topics = "check-results", batch = "true")
    void onCheckResults(List<ConsumerRecord<String, CheckCompleted>> records) {
        intake.process(records, EventMapper::checkResult, CheckResult::poNumber, workflow::onCheckResults);
    }
}
