package dev.dockcheck.approval.kafka;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.DecisionOutcome;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.schemas.Topics;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest result per (PO, check, subject) and decides a stage once its checks are in:
 * ORDER after UOM_MAPPING, SHIPMENT after ASN_MATCH and SSCC of one shipment.
 */
@Component
class CheckResultListener {

    private final JdbcClient db;
    private final KafkaTemplate<String, Object> kafka;

    CheckResultListener(JdbcClient db, KafkaTemplate<String, Object> kafka) {
        this.db = db;
        this.kafka = kafka;
    }

    @KafkaListener(id = "approval-check-results", topics = "check-results")
    void onCheckResult(CheckCompleted result) {
        db.sql("""
                insert into check_result (po_number, check_type, subject_id, outcome, checked_at)
                values (?, ?, ?, ?, ?)
                on conflict (po_number, check_type, subject_id)
                do update set outcome = excluded.outcome, checked_at = excluded.checked_at""")
                .params(result.getPoNumber(), result.getCheckType().name(), result.getSubjectId(),
                        result.getOutcome().name(), Timestamp.from(result.getCheckedAt()))
                .update();
        if (result.getCheckType() == CheckType.UOM_MAPPING) {
            decide(result.getPoNumber(), DecisionStage.ORDER, null, List.of(result.getOutcome()));
        } else {
            List<CheckOutcome> shipment = shipmentOutcomes(result.getPoNumber(), result.getSubjectId());
            if (shipment.size() == 2) {
                decide(result.getPoNumber(), DecisionStage.SHIPMENT, result.getSubjectId(), shipment);
            }
        }
    }

    private List<CheckOutcome> shipmentOutcomes(String po, String shipmentId) {
        return db.sql("""
                select outcome from check_result
                where po_number = ? and subject_id = ? and check_type in ('ASN_MATCH', 'SSCC')""")
                .params(po, shipmentId).query(String.class).list().stream().map(CheckOutcome::valueOf).toList();
    }

    private void decide(String po, DecisionStage stage, String shipmentId, List<CheckOutcome> outcomes) {
        DecisionOutcome outcome = outcomes.stream().allMatch(o -> o == CheckOutcome.PASS)
                ? DecisionOutcome.AUTO_APPROVED : DecisionOutcome.HELD;
        UUID id = UUID.randomUUID();
        int inserted = db.sql("""
                insert into decision (id, po_number, stage, shipment_id, outcome, decided_by, decided_at)
                values (?, ?, ?, ?, ?, 'system', now()) on conflict do nothing""")
                .params(id, po, stage.name(), shipmentId == null ? "" : shipmentId, outcome.name()).update();
        if (inserted == 1) {
            kafka.send(Topics.APPROVAL_DECISIONS.name(), po, ApprovalDecided.newBuilder().setDecisionId(id.toString())
                    .setPoNumber(po).setStage(stage).setShipmentId(shipmentId).setOutcome(outcome)
                    .setDecidedBy("system").setReasons(List.of()).setDecidedAt(Instant.now()).build());
        }
    }
}
