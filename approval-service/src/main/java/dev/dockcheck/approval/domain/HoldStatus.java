package dev.dockcheck.approval.domain;

/** A hold is open until an approver approves or rejects it. */
public enum HoldStatus {
    OPEN, APPROVED, REJECTED
}
