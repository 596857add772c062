package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.CheckKind;
import dev.dockcheck.approval.domain.CheckOutcome;
import dev.dockcheck.approval.domain.CheckResult;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest result per (PO, check, subject). A duplicate or an older result changes nothing. */
@Repository
public class CheckResultStore {

    private final JdbcClient db;
    private final JsonColumns json;

    CheckResultStore(JdbcClient db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    /** Stores {@code result} unless a result at least as recent is already there; true when it was stored. */
    public boolean saveIfLatest(CheckResult result, Instant receivedAt) {
        return db.sql("""
                insert into check_result (po_number, check_type, subject_id, outcome, findings, checked_at, received_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (po_number, check_type, subject_id) do update
                    set outcome = excluded.outcome, findings = excluded.findings,
                        checked_at = excluded.checked_at, received_at = excluded.received_at
                    where check_result.checked_at < excluded.checked_at""")
                .params(result.poNumber(), result.check().name(), result.subjectId(), result.outcome().name(),
                        json.write(result.findings()), timestamp(result.checkedAt()), timestamp(receivedAt))
                .update() == 1;
    }

    public List<CheckResult> forPo(String poNumber) {
        return db.sql("select * from check_result where po_number = ? order by checked_at").param(poNumber)
                .query((rs, row) -> new CheckResult(rs.getString("po_number"), CheckKind.valueOf(rs.getString("check_type")),
                        rs.getString("subject_id"), CheckOutcome.valueOf(rs.getString("outcome")),
                        json.findings(rs.getString("findings")), instant(rs.getTimestamp("checked_at"))))
                .list();
    }
}
