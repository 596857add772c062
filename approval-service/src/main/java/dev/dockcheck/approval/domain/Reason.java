package dev.dockcheck.approval.domain;

import java.util.List;

/** Why a stage is held: a named code, a sentence for the approver, and the findings behind it. */
public record Reason(String code, String message, List<Finding> findings) {

    public static final String VALUE_ABOVE_THRESHOLD = "VALUE_ABOVE_THRESHOLD";
    public static final String UNITS_ABOVE_THRESHOLD = "UNITS_ABOVE_THRESHOLD";
    public static final String CURRENCY_NOT_COVERED = "CURRENCY_NOT_COVERED";
    public static final String CHECK_NOT_PASSED = "CHECK_NOT_PASSED";
    public static final String SEVERE_FINDING = "SEVERE_FINDING";
    public static final String CHECK_MISSING = "CHECK_MISSING";
    public static final String PURCHASE_ORDER_MISSING = "PURCHASE_ORDER_MISSING";

    public Reason {
        findings = List.copyOf(findings);
    }

    static Reason of(String code, String message) {
        return new Reason(code, message, List.of());
    }
}
