package dev.dockcheck.approval.domain;

/** One finding of a check, as the checker reported it. */
public record Finding(String code, Severity severity, String message, String path, String expected, String actual) {
}
