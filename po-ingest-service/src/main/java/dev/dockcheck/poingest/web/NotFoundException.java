package dev.dockcheck.poingest.web;

/** Answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
