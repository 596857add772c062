package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.Stage;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stages of each PO that wait for a decision, and when each is due. A stage is decided once.
 * The intake works a poll at a time: what it writes goes as one JDBC batch, and what it locks is
 * locked by one statement, in PO order, so that concurrent transactions take their locks in the
 * same order.
 */
@Repository
public class StageStore {

    /** One stage row: the PO, the stage, the shipment ('' for the order) and when it is due. */
    public record Waiting(String poNumber, Stage stage, String shipmentId, Instant dueAt) {
    }

    /** A stage of a PO: the shipment is '' for the order. */
    public record StageKey(String poNumber, Stage stage, String shipmentId) {

        static final Comparator<StageKey> ORDER = Comparator.comparing(StageKey::poNumber)
                .thenComparing(StageKey::stage).thenComparing(StageKey::shipmentId);
    }

    /** A stage and the outcome it was decided with. */
    public record Decided(Waiting stage, String outcome) {
    }

    private final JdbcClient db;
    private final JdbcTemplate batches;

    StageStore(JdbcClient db, JdbcTemplate batches) {
        this.db = db;
        this.batches = batches;
    }

    /** Opens each stage that is not open yet, due at {@code dueAt}. */
    public void openAllIfAbsent(Collection<StageKey> stages, Instant now, Instant dueAt) {
        if (stages.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into stage (po_number, stage, shipment_id, opened_at, due_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""", stages.stream().distinct().sorted(StageKey.ORDER)
                .map(key -> new Object[] {key.poNumber(), key.stage().name(), key.shipmentId(), timestamp(now), timestamp(dueAt)})
                .toList());
    }

    /** The undecided stages of these POs, locked until the transaction ends so that one decision is taken. */
    public List<Waiting> lockWaiting(Collection<String> poNumbers) {
        if (poNumbers.isEmpty()) {
            return List.of();
        }
        // one primary-key probe per PO, in PO order, so locks are taken in that order (see PoNumbers).
        // "undecided" is written so that the partial index stage_waiting cannot answer it: once
        // analysed, the planner took that index (every waiting stage of the table, filtered by PO)
        // for each PO, which a burst's backlog of waiting stages made 100 times slower.
        return db.sql("""
                select s.* from unnest(?::text[]) p(po_number) cross join lateral (
                    select * from stage s where s.po_number = p.po_number and coalesce(s.decided_at, 'infinity') = 'infinity'
                    order by s.stage, s.shipment_id for update) s""")
                .param(PoNumbers.sorted(poNumbers)).query((rs, row) -> waiting(rs)).list();
    }

    /** Undecided stages past due, locked; others running the sweep skip them. */
    public List<Waiting> lockOverdue(Instant now, int limit) {
        return db.sql("""
                select * from stage where decided_at is null and due_at <= ? order by due_at
                limit ? for update skip locked""")
                .params(timestamp(now), limit).query((rs, row) -> waiting(rs)).list();
    }

    public void markAllDecided(List<Decided> decided, Instant now) {
        if (decided.isEmpty()) {
            return;
        }
        batches.batchUpdate("update stage set decided_at = ?, outcome = ? where po_number = ? and stage = ? and shipment_id = ?",
                decided.stream().map(d -> new Object[] {timestamp(now), d.outcome(), d.stage().poNumber(),
                        d.stage().stage().name(), d.stage().shipmentId()}).toList());
    }

    private static Waiting waiting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Waiting(rs.getString("po_number"), Stage.valueOf(rs.getString("stage")), rs.getString("shipment_id"),
                instant(rs.getTimestamp("due_at")));
    }
}
