package dev.dockcheck.poingest.web;

/** One bad field of a request body: its JSON path and what is wrong with it. */
public record FieldError(String path, String message) {
}
