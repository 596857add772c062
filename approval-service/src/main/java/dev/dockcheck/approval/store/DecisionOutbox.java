package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.Reason;
import dev.dockcheck.approval.domain.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every decision, in the order it was taken, written in the same transaction as the hold or stage
 * it decides: the transactional outbox of {@code approval-decisions}. A relay publishes the rows
 * whose {@code published_at} is null and records where each landed (partition and offset).
 * Each append publishes {@link DecisionWritten} in the writing transaction, so that the relay can
 * be woken once that transaction has committed.
 */
@Repository
public class DecisionOutbox {

    /** A decision as it is stored and published. */
    public record Decision(long seq, UUID decisionId, String poNumber, Stage stage, String shipmentId, String outcome,
            String decidedBy, List<Reason> reasons, UUID holdId, String comment, Instant decidedAt, Instant publishedAt) {
    }

    /** A decision to append. */
    public record NewDecision(UUID decisionId, String poNumber, Stage stage, String shipmentId, String outcome,
            String decidedBy, List<Reason> reasons, UUID holdId, String comment, Instant decidedAt) {
    }

    /** A decision was appended; it is in the outbox once the transaction that appended it commits. */
    public record DecisionWritten() {
    }

    private static final DecisionWritten WRITTEN = new DecisionWritten();

    private final JdbcClient db;
    private final JdbcTemplate batches;
    private final JsonColumns json;
    private final ApplicationEventPublisher events;

    public DecisionOutbox(JdbcClient db, JdbcTemplate batches, JsonColumns json, ApplicationEventPublisher events) {
        this.db = db;
        this.batches = batches;
        this.json = json;
        this.events = events;
    }

    public void append(UUID decisionId, String poNumber, Stage stage, String shipmentId, String outcome,
            String decidedBy, List<Reason> reasons, UUID holdId, String comment, Instant decidedAt) {
        appendAll(List.of(new NewDecision(decisionId, poNumber, stage, shipmentId, outcome, decidedBy, reasons, holdId,
                comment, decidedAt)));
    }

    /** Appends the decisions in their order (the relay publishes them in it), as one JDBC batch. */
    public void appendAll(List<NewDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into decision (decision_id, po_number, stage, shipment_id, outcome, decided_by, reasons, hold_id,
                    comment, decided_at) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""",
                decisions.stream().map(d -> new Object[] {d.decisionId(), d.poNumber(), d.stage().name(), d.shipmentId(),
                        d.outcome(), d.decidedBy(), json.write(d.reasons()), d.holdId(), d.comment(),
                        timestamp(d.decidedAt())}).toList());
        events.publishEvent(WRITTEN);
    }

    /** The oldest unpublished decisions, locked for the relay's transaction. */
    public List<Decision> lockUnpublished(int limit) {
        return db.sql("select * from decision where published_at is null order by seq limit ? for update")
                .param(limit).query((rs, row) -> decision(rs)).list();
    }

    /** Where a decision landed on {@code approval-decisions}. */
    public record Landed(UUID decisionId, int partition, long offset) {
    }

    /** Records the decisions as published (one JDBC batch); returns how many were still unpublished. */
    public int markPublished(List<Landed> landed, Instant now) {
        if (landed.isEmpty()) {
            return 0;
        }
        // found by its unique decision_id, then by seq: a plain "decision_id = ? and published_at is
        // null" let the planner, before any statistics, walk the whole decision_unpublished index
        return IntStream.of(batches.batchUpdate("""
                update decision set published_at = ?, kafka_partition = ?, kafka_offset = ?
                where seq = (select seq from decision where decision_id = ?) and published_at is null""",
                landed.stream().map(l -> new Object[] {timestamp(now), l.partition(), l.offset(), l.decisionId()}).toList()))
                .map(updated -> updated == 0 ? 0 : 1).sum();
    }

    /** Per partition, the highest offset recorded as published: anything published later lies beyond it. */
    public Map<Integer, Long> publishedHighWaterMarks() {
        return db.sql("select kafka_partition, max(kafka_offset) from decision where kafka_partition is not null group by 1")
                .query((rs, row) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<Decision> forPo(String poNumber) {
        return db.sql("select * from decision where po_number = ? order by seq").param(poNumber)
                .query((rs, row) -> decision(rs)).list();
    }

    private Decision decision(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Decision(rs.getLong("seq"), rs.getObject("decision_id", UUID.class), rs.getString("po_number"),
                Stage.valueOf(rs.getString("stage")), rs.getString("shipment_id"), rs.getString("outcome"),
                rs.getString("decided_by"), json.reasons(rs.getString("reasons")), rs.getObject("hold_id", UUID.class),
                rs.getString("comment"), instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("published_at")));
    }
}
