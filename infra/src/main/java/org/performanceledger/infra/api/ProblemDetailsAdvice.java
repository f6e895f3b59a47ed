package org.performanceledger.infra.api;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.events.LedgerRejection;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as an {@code application/problem+json} document (RFC 9457). Invalid input is 400 with an
 * {@code errors} list naming each field and rule; a refusal of the ledger's carries its
 * {@link org.performanceledger.events.LedgerErrorCode} as {@code code}, the {@code field} at fault and its details
 * (for a 403, the organisation and the roles that would be needed).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        return invalidRequest(invalid);
    }

    @ExceptionHandler(ApiConfiguration.UnsupportedCharset.class)
    ProblemDetail unsupportedCharset(ApiConfiguration.UnsupportedCharset exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                exception.getMessage());
        problem.setTitle("Unsupported charset");
        problem.setProperty("code", "UNSUPPORTED_CHARSET");
        return problem;
    }

    @ExceptionHandler(LedgerRejection.class)
    ProblemDetail rejected(LedgerRejection rejection) {
        HttpStatus status = switch (rejection.code().kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case RULE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejection.getMessage());
        problem.setTitle(title(rejection.code().name()));
        problem.setProperty("code", rejection.code().name());
        if (rejection.field() != null) {
            problem.setProperty("field", rejection.field());
        }
        rejection.details().forEach(problem::setProperty);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        InvalidRequest.Violation error;
        if (exception.getCause() instanceof UnrecognizedPropertyException unknown) {
            error = new InvalidRequest.Violation(path(unknown), "Unknown", "is not a field of this request; its "
                    + "fields are " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        } else if (duplicateField(exception) != null) {
            error = new InvalidRequest.Violation(duplicateField(exception), "Duplicate", "is given more than once");
        } else if (exception.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            error = new InvalidRequest.Violation(path(invalid), "OneOf", "must be one of " + allowed);
        } else if (exception.getCause() instanceof MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()) {
            error = new InvalidRequest.Violation(path(mismatched), "Type",
                    "must be a " + mismatched.getTargetType().getSimpleName());
        } else {
            error = new InvalidRequest.Violation("body", "JSON", "must be a well-formed JSON document");
        }
        return ResponseEntity.badRequest().body(invalidRequest(new InvalidRequest(List.of(error))));
    }

    private static ProblemDetail invalidRequest(InvalidRequest invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("code", "INVALID_REQUEST");
        problem.setProperty("errors", invalid.violations());
        return problem;
    }

    /** The field a strict parser found twice, wherever in the cause chain it says so; else null. */
    private static String duplicateField(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field '")) {
                String message = read.getOriginalMessage();
                int start = "Duplicate field '".length();
                return message.substring(start, message.indexOf('\'', start));
            }
        }
        return null;
    }

    private static String path(MismatchedInputException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String title(String code) {
        String words = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
