package dev.dockcheck.poingest.domain;

/** How bad a finding is. INFO never changes an outcome; WARN asks for a look; FAIL blocks. */
public enum Severity {
    INFO, WARN, FAIL
}
