package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.PurchaseOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accepted POs the approval has seen; a resend replaces the stored one. */
@Repository
public class PurchaseOrderStore {

    private final JdbcClient db;
    private final JdbcTemplate batches;

    PurchaseOrderStore(JdbcClient db, JdbcTemplate batches) {
        this.db = db;
        this.batches = batches;
    }

    /** Stores each PO (one JDBC batch, in order: of two copies in one poll the later one stays). */
    public void saveAll(List<PurchaseOrder> pos, Instant receivedAt) {
        if (pos.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into purchase_order (po_number, vendor_code, order_date, acknowledge_by, total_units,
                    total_value, currency, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (po_number) do update set vendor_code = excluded.vendor_code,
                    order_date = excluded.order_date, acknowledge_by = excluded.acknowledge_by,
                    total_units = excluded.total_units, total_value = excluded.total_value,
                    currency = excluded.currency""",
                pos.stream().map(po -> new Object[] {po.poNumber(), po.vendorCode(), timestamp(po.orderDate()),
                        timestamp(po.acknowledgeBy()), po.units(), po.value(), po.currency(), timestamp(receivedAt)}).toList());
    }

    public Optional<PurchaseOrder> find(String poNumber) {
        return db.sql("select * from purchase_order where po_number = ?").param(poNumber).query(PurchaseOrderStore::order)
                .optional();
    }

    /** The stored POs among these, by number. */
    public Map<String, PurchaseOrder> findAll(Collection<String> poNumbers) {
        return db.sql("""
                select o.* from unnest(?::text[]) p(po_number) cross join lateral (
                    select * from purchase_order o where o.po_number = p.po_number offset 0) o""")
                .param(PoNumbers.sorted(poNumbers)).query(PurchaseOrderStore::order).list().stream()
                .collect(Collectors.toMap(PurchaseOrder::poNumber, Function.identity()));
    }

    private static PurchaseOrder order(ResultSet rs, int row) throws SQLException {
        return new PurchaseOrder(rs.getString("po_number"), rs.getString("vendor_code"),
                instant(rs.getTimestamp("order_date")), instant(rs.getTimestamp("acknowledge_by")),
                rs.getLong("total_units"), rs.getBigDecimal("total_value"), rs.getString("currency"));
    }
}
