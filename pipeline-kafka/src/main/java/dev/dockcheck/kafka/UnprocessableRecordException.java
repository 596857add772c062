package dev.dockcheck.kafka;

/**
 * Thrown by a listener for a record that can never be processed, however often it is retried:
 * the record goes straight to the dead-letter topic with this message as its reason.
 */
public class UnprocessableRecordException extends RuntimeException {

    /**
     * The longest identifier (PO number, shipment identifier, vendor code) the services take.
     * SP-API's are short (a PO number has 8 characters); the services make them record keys
     * (repartition topics, stores, outputs), which no size check covers, and a key the broker
     * refuses inside an exactly-once transaction stops the client.
     */
    public static final int MAX_IDENTIFIER_LENGTH = 256;

    public UnprocessableRecordException(String reason) {
        super(reason);
    }

    public UnprocessableRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Refuses {@code identifier}, named by {@code path}, when it is longer than {@link #MAX_IDENTIFIER_LENGTH}. */
    public static void requireShortIdentifier(String path, String identifier) {
        if (identifier != null && identifier.length() > MAX_IDENTIFIER_LENGTH) {
            throw new UnprocessableRecordException(path + " is " + identifier.length()
                    + " characters long; an identifier may have at most " + MAX_IDENTIFIER_LENGTH);
        }
    }
}
