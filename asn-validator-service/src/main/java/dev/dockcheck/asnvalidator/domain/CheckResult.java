package dev.dockcheck.asnvalidator.domain;

import java.util.List;

/** The result of matching one ASN against one PO: the outcome and every finding of every rule. */
public record CheckResult(Outcome outcome, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public static CheckResult of(List<Finding> findings) {
        return new CheckResult(Outcome.of(findings), findings);
    }
}
