package com.complaints.core.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;

/**
 * Every error of the API as RFC 9457 problem details, in the reader's language. Validation problems carry
 * {@code errors}: a list of {@code {field, code, message}}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemMessages problems;

    ApiExceptionHandler(ProblemMessages problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NotFoundException.class, ConflictException.class, PreconditionFailedException.class,
            ObjectOptimisticLockingFailureException.class, InvalidInputException.class, ForbiddenException.class})
    ProblemDetail refused(RuntimeException e) {
        return problems.refusal(e).orElseThrow(() -> e);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException e) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", e.limit());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problems.validation(List.of(FieldError.of(e.getName(), "invalid-value")));
    }

    /** Tomcat could not decode the parameters (bad percent-encoding of a form body); the value is not logged. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail malformedParameters(RuntimeException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "malformed-parameters");
    }

    /** A multipart body without a boundary, with an unclosed one, or with broken parts. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail malformedMultipart(RuntimeException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "malformed-multipart");
    }

    @ExceptionHandler(com.complaints.core.throttle.TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(com.complaints.core.throttle.TooManyAttemptsException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", seconds));
    }

    /** A backend is down (the search index): the cases are safe in the database; try again shortly. */
    @ExceptionHandler(com.complaints.core.shared.BackendUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(com.complaints.core.shared.BackendUnavailableException e) {
        log.warn("backend unavailable: {} ({})", e.code(), e.getCause() == null ? "" : e.getCause().getClass().getSimpleName());
        return ServiceUnavailable.answer(problems, e.code());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        // the database's message may quote row values (personal data): log the kind only
        log.warn("data integrity violation: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return problems.problem(HttpStatus.CONFLICT, "conflict");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(new com.complaints.core.shared.BackendUnavailableException("database-unavailable", e));
        }
        log.error("unexpected error: {}", e.getClass().getName(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldError.of(f.getField(), "invalid-value")).toList();
        return ResponseEntity.badRequest().body(problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .map(r -> FieldError.of(r.getMethodParameter().getParameterName() == null ? "parameter"
                        : r.getMethodParameter().getParameterName(), "invalid-value"))
                .toList();
        return ResponseEntity.badRequest().body(problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof tools.jackson.databind.exc.InvalidNullException nullValue && !nullValue.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(problems.validation(List.of(
                    FieldError.of(path(nullValue), "no-null"))));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(problems.validation(List.of(
                    FieldError.of(path(unknown), "unknown-field"))));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(problems.validation(List.of(
                    FieldError.of(path(mismatch), "invalid-value"))));
        }
        return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "malformed-body"));
    }

    /** Spring MVC's own exceptions (404 no handler, 405, 415, missing parameters, ...): localized titles. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = problems.problem(statusCode, "http", errorResponse.getBody().getTitle());
        } else if (body == null) {
            body = problems.problem(statusCode, "http", String.valueOf(statusCode.value()));
        } else if (body instanceof ProblemDetail detail && detail.getType().toString().equals("about:blank")) {
            body = problems.problem(statusCode, "http", detail.getTitle());
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
    }
}
