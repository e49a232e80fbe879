package org.newsgraph.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.newsgraph.query.ReadOnlyCypher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures into problem details ({@code application/problem+json}) with a status that says whose fault it was
 * and a message a person can act on. First among the advices, so that Spring Boot's own problem-details handler
 * (enabled in application.yml) answers only for what this one does not: unknown paths, methods, media types.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({ReadOnlyCypher.Refused.class, IllegalArgumentException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** Bean Validation on request parameters: one "name: problem" per broken constraint. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e) {
        String problems = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> name(result) + ": " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        return error(HttpStatus.BAD_REQUEST, problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected;
        if (type == int.class || type == Integer.class) {
            expected = "a whole number";
        } else if (type == boolean.class || type == Boolean.class) {
            expected = "true or false";
        } else if (type == LocalDate.class) {
            expected = "a date as YYYY-MM-DD";
        } else if (type != null && type.isEnum()) {
            expected = "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        } else {
            expected = "a " + (type == null ? "value of another type" : type.getSimpleName());
        }
        return error(HttpStatus.BAD_REQUEST, e.getName() + ": must be " + expected);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLarge e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    /** Cypher syntax errors, unknown functions and the like: the query's fault. */
    @ExceptionHandler(ClientException.class)
    ResponseEntity<ProblemDetail> cypher(ClientException e) {
        if (e.code() != null && e.code().contains("TransactionTimedOut")) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, "the query took longer than allowed and was stopped");
        }
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TransientException.class)
    ResponseEntity<ProblemDetail> transientFailure(TransientException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "the database is busy or the query took too long; try again");
    }

    /**
     * An RFC 9457 (formerly 7807) problem: no {@code type} (read as about:blank), {@code title} the status's
     * reason phrase, {@code status}, {@code detail} the message, and {@code instance} the request path (Spring
     * fills it in).
     * The content type is set rather than negotiated, so a client that accepts only JSON still gets the problem.
     */
    static ResponseEntity<ProblemDetail> error(HttpStatus status, String message) {
        if (status.is5xxServerError()) {
            log.warn("{}: {}", status.value(), message);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, message));
    }

    private static String name(ParameterValidationResult result) {
        return result.getMethodParameter().getParameterName();
    }

    /** A request body over the configured limit. */
    static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge(String message) {
            super(message);
        }
    }

    /** The thing asked for by its id or name does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
