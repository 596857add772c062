package dev.dockcheck.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A stage waiting for a person. Each change raises {@code version}; a decision names the version
 * it was taken on, so that a decision on a stale view fails. Above the four-eyes value a hold
 * needs {@code requiredApprovals} = 2 approvals from different people; one rejection ends it.
 */
public record Hold(UUID id, String poNumber, String vendorCode, Stage stage, String shipmentId, List<Reason> reasons,
        BigDecimal value, String currency, Long units, Instant deadline, HoldStatus status, int requiredApprovals,
        Set<String> approvedBy, Instant createdAt, long version) {

    public Hold {
        reasons = List.copyOf(reasons);
        approvedBy = Set.copyOf(approvedBy);
    }

    /** What became of an approver's decision on this hold. */
    public enum Verdict {
        STALE_VERSION, ALREADY_DECIDED, ALREADY_APPROVED_BY_SAME_PERSON, APPROVAL_RECORDED, APPROVED, REJECTED;

        public boolean accepted() {
            return this == APPROVAL_RECORDED || this == APPROVED || this == REJECTED;
        }
    }

    /** The result of a decision attempt: the verdict, and the hold as it is afterwards. */
    public record Change(Verdict verdict, Hold hold) {
    }

    public Change approve(String approver, long expectedVersion) {
        Verdict refused = refusal(expectedVersion);
        if (refused != null) {
            return new Change(refused, this);
        }
        if (approvedBy.contains(approver)) {
            return new Change(Verdict.ALREADY_APPROVED_BY_SAME_PERSON, this);
        }
        Set<String> approvers = new HashSet<>(approvedBy);
        approvers.add(approver);
        boolean enough = approvers.size() >= requiredApprovals;
        return new Change(enough ? Verdict.APPROVED : Verdict.APPROVAL_RECORDED,
                with(enough ? HoldStatus.APPROVED : HoldStatus.OPEN, approvers));
    }

    public Change reject(long expectedVersion) {
        Verdict refused = refusal(expectedVersion);
        return refused != null ? new Change(refused, this) : new Change(Verdict.REJECTED, with(HoldStatus.REJECTED, approvedBy));
    }

    private Verdict refusal(long expectedVersion) {
        if (status != HoldStatus.OPEN) {
            return Verdict.ALREADY_DECIDED;
        }
        return expectedVersion != version ? Verdict.STALE_VERSION : null;
    }

    private Hold with(HoldStatus newStatus, Set<String> approvers) {
        return new Hold(id, poNumber, vendorCode, stage, shipmentId, reasons, value, currency, units, deadline,
                newStatus, requiredApprovals, approvers, createdAt, version + 1);
    }
}
