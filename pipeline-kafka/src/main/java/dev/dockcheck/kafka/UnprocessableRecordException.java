package dev.dockcheck.kafka;

/**
 * Thrown by a listener for a record that can never be processed, however often it is retried:
 * the record goes straight to the dead-letter topic with this message as its reason.
 */
public class UnprocessableRecordException extends RuntimeException {

    public UnprocessableRecordException(String reason) {
        super(reason);
    }

    public UnprocessableRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
