package dev.dockcheck.approval.domain;

/** A check's overall result. UNKNOWN is what a newer writer's symbol reads as; it never passes. */
public enum CheckOutcome {
    UNKNOWN, PASS, WARN, FAIL;

    /** The severity an outcome stands for, so that one list of holding severities covers both. */
    public Severity severity() {
        return switch (this) {
            case PASS -> Severity.INFO;
            case WARN -> Severity.WARN;
            case FAIL -> Severity.FAIL;
            case UNKNOWN -> Severity.UNKNOWN;
        };
    }
}
