package dev.dockcheck.asnvalidator.domain;

import java.util.List;

/** The outcome of a check: the worst severity among its findings. */
public enum Outcome {
    PASS, WARN, FAIL;

    static Outcome of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.FAIL)) {
            return FAIL;
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARN) ? WARN : PASS;
    }
}
