package dev.dockcheck.poingest.domain;

/**
 * One thing a rule found on one line: a stable code, a severity, a message for a person, where
 * ({@code items[2].orderedQuantity.unitSize}), and the expected and actual values where they apply.
 */
public record Finding(String code, Severity severity, String message, String path, String expected, String actual) {

    static Finding fail(String code, String path, String message, Object expected, Object actual) {
        return new Finding(code, Severity.FAIL, message, path, text(expected), text(actual));
    }

    static Finding warn(String code, String path, String message, Object expected, Object actual) {
        return new Finding(code, Severity.WARN, message, path, text(expected), text(actual));
    }

    static Finding info(String code, String path, String message, Object expected, Object actual) {
        return new Finding(code, Severity.INFO, message, path, text(expected), text(actual));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
