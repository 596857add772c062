package dev.dockcheck.poingest.web;

/** A request body above the configured limit; answered with 413. */
class PayloadTooLargeException extends RuntimeException {

    final long limit;

    PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
        this.limit = limit;
    }
}
