package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.Hold;
import dev.dockcheck.approval.domain.HoldStatus;
import dev.dockcheck.approval.domain.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holds in PostgreSQL. Updates are guarded by the version, so a lost update cannot happen. */
@Repository
public class HoldStore {

    /** What a list of holds may be filtered by; null means any. */
    public record Filter(HoldStatus status, Stage stage, String vendorCode, Instant deadlineBefore) {
    }

    /** One page of holds, sorted by deadline, and how many match in all. */
    public record Page(List<Hold> holds, int page, int size, long total) {
    }

    private final JdbcClient db;
    private final JsonColumns json;

    HoldStore(JdbcClient db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    public void insert(Hold hold) {
        db.sql("""
                insert into hold (id, po_number, vendor_code, stage, shipment_id, reasons, value, currency, units,
                    deadline, status, required_approvals, approved_by, created_at, version)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hold.id(), hold.poNumber(), hold.vendorCode(), hold.stage().name(), hold.shipmentId(),
                        json.write(hold.reasons()), hold.value(), hold.currency(), hold.units(),
                        timestamp(hold.deadline()), hold.status().name(), hold.requiredApprovals(),
                        hold.approvedBy().toArray(String[]::new), timestamp(hold.createdAt()), hold.version())
                .update();
    }

    /** The hold, locked until the transaction ends: concurrent decisions on it queue up here. */
    public Optional<Hold> lock(UUID id) {
        return db.sql("select * from hold where id = ? for update").param(id).query((rs, row) -> hold(rs)).optional();
    }

    public Optional<Hold> find(UUID id) {
        return db.sql("select * from hold where id = ?").param(id).query((rs, row) -> hold(rs)).optional();
    }

    /** Writes {@code changed} over the version it was derived from; false when someone else changed it first. */
    public boolean update(Hold changed, Instant now) {
        return db.sql("""
                update hold set status = ?, approved_by = ?, version = ?,
                    decided_at = case when ? <> 'OPEN' then ? else decided_at end
                where id = ? and version = ?""")
                .params(changed.status().name(), changed.approvedBy().toArray(String[]::new), changed.version(),
                        changed.status().name(), timestamp(now), changed.id(), changed.version() - 1)
                .update() == 1;
    }

    public List<Hold> forPo(String poNumber) {
        return db.sql("select * from hold where po_number = ? order by created_at").param(poNumber)
                .query((rs, row) -> hold(rs)).list();
    }

    public Page list(Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        condition(where, params, "status", filter.status() == null ? null : filter.status().name(), "=");
        condition(where, params, "stage", filter.stage() == null ? null : filter.stage().name(), "=");
        condition(where, params, "vendor_code", filter.vendorCode(), "=");
        condition(where, params, "deadline", timestamp(filter.deadlineBefore()), "<");
        long total = db.sql("select count(*) from hold" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<Hold> holds = db.sql("select * from hold" + where + " order by deadline, id limit ? offset ?")
                .params(paged).query((rs, row) -> hold(rs)).list();
        return new Page(holds, page, size, total);
    }

    private static void condition(StringBuilder where, List<Object> params, String column, Object value, String op) {
        if (value != null) {
            where.append(" and ").append(column).append(' ').append(op).append(" ?");
            params.add(value);
        }
    }

    private Hold hold(ResultSet rs) throws SQLException {
        return new Hold(rs.getObject("id", UUID.class), rs.getString("po_number"), rs.getString("vendor_code"),
                Stage.valueOf(rs.getString("stage")), rs.getString("shipment_id"), json.reasons(rs.getString("reasons")),
                rs.getBigDecimal("value"), rs.getString("currency"), rs.getObject("units", Long.class),
                instant(rs.getTimestamp("deadline")), HoldStatus.valueOf(rs.getString("status")),
                rs.getInt("required_approvals"), Set.of((String[]) rs.getArray("approved_by").getArray()),
                instant(rs.getTimestamp("created_at")), rs.getLong("version"));
    }
}
