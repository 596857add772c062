package dev.dockcheck.approval.domain;

import java.time.Instant;
import java.util.List;

/**
 * The result of one check on one subject of a PO: the PO itself for UOM_MAPPING, a shipment for
 * ASN_MATCH and SSCC. The latest {@code checkedAt} per (PO, check, subject) is the one that counts.
 */
public record CheckResult(String poNumber, CheckKind check, String subjectId, CheckOutcome outcome,
        List<Finding> findings, Instant checkedAt) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** True when this result should replace {@code older}: a duplicate or an older result changes nothing. */
    public boolean supersedes(CheckResult older) {
        return checkedAt.isAfter(older.checkedAt());
    }
}
