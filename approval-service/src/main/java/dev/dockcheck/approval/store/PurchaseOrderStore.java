package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.PurchaseOrder;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accepted POs the approval has seen; a resend replaces the stored one. */
@Repository
public class PurchaseOrderStore {

    private final JdbcClient db;

    PurchaseOrderStore(JdbcClient db) {
        this.db = db;
    }

    public void save(PurchaseOrder po, Instant receivedAt) {
        db.sql("""
                insert into purchase_order (po_number, vendor_code, order_date, acknowledge_by, total_units,
                    total_value, currency, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (po_number) do update set vendor_code = excluded.vendor_code,
                    order_date = excluded.order_date, acknowledge_by = excluded.acknowledge_by,
                    total_units = excluded.total_units, total_value = excluded.total_value,
                    currency = excluded.currency""")
                .params(po.poNumber(), po.vendorCode(), timestamp(po.orderDate()), timestamp(po.acknowledgeBy()),
                        po.units(), po.value(), po.currency(), timestamp(receivedAt))
                .update();
    }

    public Optional<PurchaseOrder> find(String poNumber) {
        return db.sql("select * from purchase_order where po_number = ?").param(poNumber)
                .query((rs, row) -> new PurchaseOrder(rs.getString("po_number"), rs.getString("vendor_code"),
                        instant(rs.getTimestamp("order_date")), instant(rs.getTimestamp("acknowledge_by")),
                        rs.getLong("total_units"), rs.getBigDecimal("total_value"), rs.getString("currency")))
                .optional();
    }
}
