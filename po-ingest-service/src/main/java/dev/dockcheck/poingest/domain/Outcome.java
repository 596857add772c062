package dev.dockcheck.poingest.domain;

import java.util.List;

/** The outcome of a check: the worst severity among its findings. */
public enum Outcome {
    PASS, WARN, FAIL;

    static Outcome of(List<Finding> findings) {
        Outcome outcome = PASS;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.FAIL) {
                return FAIL;
            }
            if (finding.severity() == Severity.WARN) {
                outcome = WARN;
            }
        }
        return outcome;
    }
}
