package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.Stage;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stages of each PO that wait for a decision, and when each is due. A stage is decided once. */
@Repository
public class StageStore {

    /** One stage row: the PO, the stage, the shipment ('' for the order) and when it is due. */
    public record Waiting(String poNumber, Stage stage, String shipmentId, Instant dueAt) {
    }

    private final JdbcClient db;

    StageStore(JdbcClient db) {
        this.db = db;
    }

    public void openIfAbsent(String poNumber, Stage stage, String shipmentId, Instant now, Instant dueAt) {
        db.sql("""
                insert into stage (po_number, stage, shipment_id, opened_at, due_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(poNumber, stage.name(), shipmentId, timestamp(now), timestamp(dueAt)).update();
    }

    /** The PO's undecided stages, locked until the transaction ends so that one decision is taken. */
    public List<Waiting> lockWaiting(String poNumber) {
        return db.sql("select * from stage where po_number = ? and decided_at is null order by stage, shipment_id for update")
                .param(poNumber).query((rs, row) -> waiting(rs)).list();
    }

    /** Undecided stages past due, locked; others running the sweep skip them. */
    public List<Waiting> lockOverdue(Instant now, int limit) {
        return db.sql("""
                select * from stage where decided_at is null and due_at <= ? order by due_at
                limit ? for update skip locked""")
                .params(timestamp(now), limit).query((rs, row) -> waiting(rs)).list();
    }

    public void markDecided(Waiting stage, String outcome, Instant now) {
        db.sql("update stage set decided_at = ?, outcome = ? where po_number = ? and stage = ? and shipment_id = ?")
                .params(timestamp(now), outcome, stage.poNumber(), stage.stage().name(), stage.shipmentId()).update();
    }

    private static Waiting waiting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Waiting(rs.getString("po_number"), Stage.valueOf(rs.getString("stage")), rs.getString("shipment_id"),
                instant(rs.getTimestamp("due_at")));
    }
}
