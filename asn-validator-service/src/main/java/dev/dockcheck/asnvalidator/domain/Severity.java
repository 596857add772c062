package dev.dockcheck.asnvalidator.domain;

/** How much a finding weighs: INFO never changes the outcome, WARN makes it WARN, FAIL makes it FAIL. */
public enum Severity {
    INFO, WARN, FAIL
}
