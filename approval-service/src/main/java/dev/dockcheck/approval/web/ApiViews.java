package dev.dockcheck.approval.web;

import dev.dockcheck.approval.domain.CheckResult;
import dev.dockcheck.approval.domain.Hold;
import dev.dockcheck.approval.domain.PurchaseOrder;
import dev.dockcheck.approval.store.AuditTrail;
import dev.dockcheck.approval.store.DecisionOutbox.Decision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the API reads and writes. */
final class ApiViews {

    private ApiViews() {
    }

    // PostgreSQL text cannot hold NUL: refused here with the field's path, instead of failing in the database
    static final String NO_NUL = "[^\\x00]*";
    static final String NO_NUL_MESSAGE = "must not contain NUL characters";

    /** Approve: the comment is optional. */
    record ApproveRequest(@Size(max = 2000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String comment) {
    }

    /** Reject: the reason is required. */
    record RejectRequest(@NotBlank @Size(max = 2000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String reason) {
    }

    /** A page of holds, sorted by deadline. */
    record HoldPage(List<Hold> items, int page, int size, long total) {
    }

    /** One hold with what an approver needs to decide it. */
    record HoldDetail(Hold hold, PurchaseOrder purchaseOrder, List<CheckResult> checks, List<AuditTrail.Entry> audit) {
    }

    /** Everything known of one PO, in order. */
    record Timeline(String poNumber, PurchaseOrder purchaseOrder, List<CheckResult> checks, List<Hold> holds,
            List<Decision> decisions, List<AuditTrail.Entry> audit) {
    }
}
