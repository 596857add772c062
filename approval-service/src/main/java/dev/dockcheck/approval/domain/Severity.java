package dev.dockcheck.approval.domain;

/** How bad a finding, or a check's overall outcome, is. UNKNOWN is what a newer writer's symbol reads as. */
public enum Severity {
    UNKNOWN, INFO, WARN, FAIL
}
