package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what, when, with what comment. Append-only: the table refuses updates and deletes. */
@Repository
public class AuditTrail {

    /** One entry of the trail. {@code holdId} is null for what happened before a hold existed. */
    public record Entry(long id, String poNumber, UUID holdId, String action, String actor, String comment, Instant at) {
    }

    /** An entry to append. */
    public record NewEntry(String poNumber, UUID holdId, String action, String actor, String comment, Instant at) {
    }

    private final JdbcClient db;
    private final JdbcTemplate batches;

    AuditTrail(JdbcClient db, JdbcTemplate batches) {
        this.db = db;
        this.batches = batches;
    }

    public void append(String poNumber, UUID holdId, String action, String actor, String comment, Instant at) {
        appendAll(List.of(new NewEntry(poNumber, holdId, action, actor, comment, at)));
    }

    /** Appends the entries in their order, as one JDBC batch. */
    public void appendAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batches.batchUpdate("insert into audit_event (po_number, hold_id, action, actor, comment, at) values (?, ?, ?, ?, ?, ?)",
                entries.stream().map(e -> new Object[] {e.poNumber(), e.holdId(), e.action(), e.actor(), e.comment(),
                        timestamp(e.at())}).toList());
    }

    public List<Entry> forHold(UUID holdId) {
        return db.sql("select * from audit_event where hold_id = ? order by id").param(holdId)
                .query((rs, row) -> entry(rs)).list();
    }

    public List<Entry> forPo(String poNumber) {
        return db.sql("select * from audit_event where po_number = ? order by id").param(poNumber)
                .query((rs, row) -> entry(rs)).list();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getString("po_number"), rs.getObject("hold_id", UUID.class),
                rs.getString("action"), rs.getString("actor"), rs.getString("comment"), instant(rs.getTimestamp("at")));
    }
}
