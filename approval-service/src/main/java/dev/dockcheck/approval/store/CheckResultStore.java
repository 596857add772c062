package dev.dockcheck.approval.store;

import static dev.dockcheck.approval.store.JsonColumns.instant;
import static dev.dockcheck.approval.store.JsonColumns.timestamp;

import dev.dockcheck.approval.domain.CheckKind;
import dev.dockcheck.approval.domain.CheckOutcome;
import dev.dockcheck.approval.domain.CheckResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest result per (PO, check, subject). A duplicate or an older result changes nothing. */
@Repository
public class CheckResultStore {

    private final JdbcClient db;
    private final JdbcTemplate batches;
    private final JsonColumns json;

    CheckResultStore(JdbcClient db, JdbcTemplate batches, JsonColumns json) {
        this.db = db;
        this.batches = batches;
        this.json = json;
    }

    /**
     * Stores each result unless a result at least as recent is already there (one JDBC batch, in
     * order, so a later result of the same poll sees an earlier one); returns those stored.
     */
    public List<CheckResult> saveAllIfLatest(List<CheckResult> results, Instant receivedAt) {
        if (results.isEmpty()) {
            return List.of();
        }
        int[] stored = batches.batchUpdate("""
                insert into check_result (po_number, check_type, subject_id, outcome, findings, checked_at, received_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (po_number, check_type, subject_id) do update
                    set outcome = excluded.outcome, findings = excluded.findings,
                        checked_at = excluded.checked_at, received_at = excluded.received_at
                    where check_result.checked_at < excluded.checked_at""",
                results.stream().map(result -> new Object[] {result.poNumber(), result.check().name(), result.subjectId(),
                        result.outcome().name(), json.write(result.findings()), timestamp(result.checkedAt()),
                        timestamp(receivedAt)}).toList());
        return IntStream.range(0, results.size()).filter(i -> stored[i] != 0).mapToObj(results::get).toList();
    }

    /** The results of these POs, by PO, oldest first. */
    public Map<String, List<CheckResult>> forPos(Collection<String> poNumbers) {
        return db.sql("""
                select c.* from unnest(?::text[]) p(po_number) cross join lateral (
                    select * from check_result c where c.po_number = p.po_number offset 0) c
                order by c.checked_at""")
                .param(PoNumbers.sorted(poNumbers)).query(this::result).list().stream()
                .collect(Collectors.groupingBy(CheckResult::poNumber));
    }

    public List<CheckResult> forPo(String poNumber) {
        return db.sql("select * from check_result where po_number = ? order by checked_at").param(poNumber)
                .query(this::result).list();
    }

    private CheckResult result(ResultSet rs, int row) throws SQLException {
        return new CheckResult(rs.getString("po_number"), CheckKind.valueOf(rs.getString("check_type")),
                rs.getString("subject_id"), CheckOutcome.valueOf(rs.getString("outcome")),
                json.findings(rs.getString("findings")), instant(rs.getTimestamp("checked_at")));
    }
}
