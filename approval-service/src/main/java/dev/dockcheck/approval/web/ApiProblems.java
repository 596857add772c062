package dev.dockcheck.approval.web;

import dev.dockcheck.approval.HoldDesk.HoldConflictException;
import dev.dockcheck.approval.HoldDesk.HoldNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error as RFC 9457 problem+json, never a stack trace. Validation problems list each bad
 * field as {@code errors: [{path, message}]}, with the field's path in the request.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(HoldConflictException.class)
    ProblemDetail conflict(HoldConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("reason", e.verdict().name());
        return problem;
    }

    @ExceptionHandler({HoldNotFoundException.class, HoldReadModel.PurchaseOrderNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Versions.MalformedVersionException.class)
    ProblemDetail malformedVersion(Versions.MalformedVersionException e) {
        return withErrors(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(error("If-Match", e.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(field -> error(field.getField(), field.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> error(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "value" : e.getPropertyName();
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "The request has invalid parameters.",
                List.of(error(name, "cannot be read as " + simpleName(e.getRequiredType())))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String path = e.getCause() instanceof JacksonException json ? path(json) : "";
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "The request body cannot be read.",
                List.of(error(path.isEmpty() ? "$" : path, "malformed or of the wrong type"))));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing && "If-Match".equalsIgnoreCase(missing.getHeaderName())) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(withErrors(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the hold's ETag in If-Match, so that a decision on a stale view is refused.",
                    List.of(error("If-Match", "required"))));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "the expected type" : type.getSimpleName();
    }

    private static Map<String, String> error(String path, String message) {
        return Map.of("path", path, "message", message == null ? "invalid" : message);
    }

    private static ProblemDetail withErrors(HttpStatus status, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
