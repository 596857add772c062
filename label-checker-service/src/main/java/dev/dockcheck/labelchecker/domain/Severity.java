package dev.dockcheck.labelchecker.domain;

/** How bad a finding is; a check's outcome is the worst severity among its findings. */
public enum Severity {
    INFO, WARN, FAIL
}
