package dev.dockcheck.labelchecker.domain;

import java.util.Objects;

/**
 * One thing a rule found about one label: a stable code, how bad it is, a message for people,
 * where in the shipment ({@code cartons[1].identifiers[0]}) and what was expected against what
 * was there.
 */
public record Finding(String code, Severity severity, String message, String path, String expected, String actual) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
