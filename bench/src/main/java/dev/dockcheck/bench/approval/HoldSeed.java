package dev.dockcheck.bench.approval;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes holds (and their POs) straight into the approval-service's tables, as its Flyway
 * migration V1 defines them, in JDBC batches. 80 % are OPEN, the rest APPROVED or REJECTED;
 * 50 vendors; ORDER and SHIPMENT stages; deadlines spread over the next 48 hours.
 */
final class HoldSeed {

    static final int VENDORS = 50;
    private static final String REASONS = "[{\"code\":\"VALUE_ABOVE_THRESHOLD\",\"message\":\"The PO value is above "
            + "the auto-approval threshold.\",\"findings\":[]}]";

    private final String jdbcUrl;

    HoldSeed(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    static String vendor(int i) {
        return String.format("VEND%02d", i % VENDORS);
    }

    /** Inserts {@code count} holds; returns the ids of the OPEN ones, in insertion order. */
    List<UUID> insert(String run, int count) throws SQLException {
        Instant now = Instant.now();
        List<UUID> open = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement po = db.prepareStatement("insert into purchase_order (po_number, vendor_code, "
                        + "order_date, acknowledge_by, total_units, total_value, currency, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement hold = db.prepareStatement("insert into hold (id, po_number, vendor_code, stage, "
                        + "shipment_id, reasons, value, currency, units, deadline, status, required_approvals, approved_by, "
                        + "created_at, decided_at, version) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String number = run + "-" + i;
                Instant deadline = now.plus(Duration.ofSeconds(60L + (i * 7919L) % 172_800));
                BigDecimal value = new BigDecimal(10_000 + i % 40_000).setScale(4);
                po.setString(1, number);
                po.setString(2, vendor(i));
                po.setTimestamp(3, Timestamp.from(deadline.minus(Duration.ofHours(24))));
                po.setTimestamp(4, Timestamp.from(deadline));
                po.setLong(5, 100 + i % 500);
                po.setBigDecimal(6, value);
                po.setString(7, "USD");
                po.setTimestamp(8, Timestamp.from(now));
                po.addBatch();
                String status = i % 10 < 8 ? "OPEN" : i % 10 == 8 ? "APPROVED" : "REJECTED";
                boolean shipment = i % 10 >= 7;
                UUID id = UUID.randomUUID();
                hold.setObject(1, id);
                hold.setString(2, number);
                hold.setString(3, vendor(i));
                hold.setString(4, shipment ? "SHIPMENT" : "ORDER");
                hold.setString(5, shipment ? "SHP-" + number : null);
                hold.setString(6, REASONS);
                hold.setBigDecimal(7, value);
                hold.setString(8, "USD");
                hold.setLong(9, 100 + i % 500);
                hold.setTimestamp(10, Timestamp.from(deadline));
                hold.setString(11, status);
                hold.setInt(12, 1);
                hold.setArray(13, db.createArrayOf("text", status.equals("APPROVED") ? new String[] {"approver"} : new String[0]));
                hold.setTimestamp(14, Timestamp.from(now));
                hold.setTimestamp(15, status.equals("OPEN") ? null : Timestamp.from(now));
                hold.setLong(16, status.equals("OPEN") ? 0 : 1);
                hold.addBatch();
                if (status.equals("OPEN")) {
                    open.add(id);
                }
                if (i % 1_000 == 999 || i == count - 1) {
                    po.executeBatch();
                    hold.executeBatch();
                    db.commit();
                }
                if (i % 20_000 == 19_999) {
                    System.out.printf("    %,d holds inserted%n", i + 1);
                }
            }
            db.setAutoCommit(true);
            try (var analyze = db.createStatement()) {
                // what autovacuum would do soon after such a load; without it the first plans are guesses
                analyze.execute("analyze purchase_order; analyze hold");
            }
        }
        return open;
    }
}
