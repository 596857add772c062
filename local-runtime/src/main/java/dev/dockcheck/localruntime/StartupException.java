package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Path;

/** A part of the stack did not become healthy; carries its log so that its tail can be shown. */
public class StartupException extends IOException {

    private final transient Path log;

    public StartupException(String message, Path log, Throwable cause) {
        super(message, cause);
        this.log = log;
    }

    /** The log of the part that failed, or null. */
    public Path log() {
        return log;
    }
}
