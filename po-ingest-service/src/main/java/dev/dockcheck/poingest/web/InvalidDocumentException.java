package dev.dockcheck.poingest.web;

import java.util.List;

/** A request body that is readable but means something invalid; answered with 400 naming every bad field. */
class InvalidDocumentException extends RuntimeException {

    private final List<FieldError> errors;

    InvalidDocumentException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
