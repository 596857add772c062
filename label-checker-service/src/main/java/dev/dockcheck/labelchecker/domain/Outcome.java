package dev.dockcheck.labelchecker.domain;

import java.util.Collection;

/** The verdict of a check: PASS without findings worse than INFO, else WARN or FAIL. */
public enum Outcome {
    PASS, WARN, FAIL;

    public static Outcome of(Collection<Finding> findings) {
        Severity worst = findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.INFO);
        return switch (worst) {
            case INFO -> PASS;
            case WARN -> WARN;
            case FAIL -> FAIL;
        };
    }
}
