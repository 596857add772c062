package dev.dockcheck.poingest.web;

import dev.dockcheck.poingest.kafka.CatalogStore;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json answers for this service's errors, never a stack trace. */
@RestControllerAdvice
class ProblemResponses {

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalid(InvalidDocumentException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-document", "Invalid document",
                e.errors().size() + " field(s) are invalid; see errors");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                e.getMessage());
        problem.setProperty("limitBytes", e.limit);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    /** The store comes back by itself (start-up, rebalance, restart): the client asks again shortly. */
    @ExceptionHandler(CatalogStore.Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(CatalogStore.Unavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                        "store-unavailable", "Catalog store unavailable", e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
