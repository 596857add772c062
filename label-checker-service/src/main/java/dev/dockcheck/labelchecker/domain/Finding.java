package dev.dockcheck.labelchecker.domain;

import java.util.Objects;

/**
 * One thing a rule found about one label: a stable code, how bad it is, a message for people,
 * where in the shipment ({@code cartons[1].identifiers[0]}) and what was expected against what
 * was there. The texts that may echo input (message, expected, actual) are capped at
 * {@value #MAX_TEXT} characters, the last being an ellipsis: an SSCC is 18 digits, and a finding
 * that quoted a several-MB value whole would travel to every consumer of {@code check-results}.
 */
public record Finding(String code, Severity severity, String message, String path, String expected, String actual) {

    public static final int MAX_TEXT = 256;

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        message = capped(Objects.requireNonNull(message, "message"));
        expected = capped(expected);
        actual = capped(actual);
    }

    static String capped(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return text.substring(0, end) + "…";
    }
}
