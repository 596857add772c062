package dev.dockcheck.poingest.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields from a JSON tree the way real SP-API clients send them: tolerant of harmless
 * formatting (numbers as strings, leading or trailing spaces, upper-case enum values), strict on
 * meaning. Every bad field is collected with its JSON path; nothing stops at the first one.
 */
final class FieldReader {

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void reject(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    boolean present(JsonNode node) {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    String text(JsonNode node, String path, boolean required) {
        if (!present(node) || node.isContainer()) {
            if (required || present(node)) {
                reject(path, present(node) ? "must be a string" : "is required");
            }
            return null;
        }
        String value = node.asString().strip();
        if (value.isEmpty() && required) {
            reject(path, "must not be blank");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    Long wholeNumber(JsonNode node, String path, boolean required, long min) {
        String raw = text(node, path, required);
        if (raw == null) {
            return null;
        }
        try {
            long value = new BigDecimal(raw).longValueExact();
            if (value < min) {
                reject(path, min == 0 ? "must not be negative" : "must be at least " + min);
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            reject(path, "must be a whole number, was '" + raw + "'");
            return null;
        }
    }

    BigDecimal decimal(JsonNode node, String path, boolean required) {
        String raw = text(node, path, required);
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw);
            if (value.signum() < 0 || value.scale() > 4) {
                reject(path, "must be a non-negative amount with at most 4 decimals, was '" + raw + "'");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            reject(path, "must be a decimal number, was '" + raw + "'");
            return null;
        }
    }

    Boolean bool(JsonNode node, String path) {
        String raw = text(node, path, false);
        if (raw == null) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                reject(path, "must be true or false, was '" + raw + "'");
                yield null;
            }
        };
    }

    Instant instant(JsonNode node, String path, boolean required) {
        String raw = text(node, path, required);
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            reject(path, "must be an ISO-8601 date-time with offset, e.g. 2019-08-20T15:51:00Z, was '" + raw + "'");
            return null;
        }
    }

    /** An enum value, matched ignoring case; {@code allowed} are the values as the API spells them. */
    <E extends Enum<E>> E oneOf(JsonNode node, String path, boolean required, Class<E> type, String... allowed) {
        String raw = text(node, path, required);
        if (raw == null) {
            return null;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(raw)) {
                return Enum.valueOf(type, candidate.toUpperCase(Locale.ROOT));
            }
        }
        reject(path, "must be one of " + String.join(", ", allowed) + ", was '" + raw + "'");
        return null;
    }

    /** The elements of an array field; a missing optional array is empty. */
    List<JsonNode> array(JsonNode node, String path, boolean required) {
        if (!present(node)) {
            if (required) {
                reject(path, "is required");
            }
            return List.of();
        }
        if (!node.isArray()) {
            reject(path, "must be an array");
            return List.of();
        }
        return new ArrayList<>(node.values());
    }

    boolean object(JsonNode node, String path, boolean required) {
        if (present(node) && node.isObject()) {
            return true;
        }
        if (required || present(node)) {
            reject(path, present(node) ? "must be an object" : "is required");
        }
        return false;
    }
}
