package org.performanceledger.infra.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.replay.Projections;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as an {@code application/problem+json} document (RFC 9457). Invalid input is 400 with an
 * {@code errors} list naming each field and rule; a refused business rule carries its {@link LedgerErrorCode}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException exception) {
        List<FieldError> errors = exception.getViolations().stream()
                .map(ProblemDetailsAdvice::toFieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule))
                .toList();
        return invalidRequest(errors);
    }

    @ExceptionHandler(LedgerRejection.class)
    ProblemDetail rejected(LedgerRejection rejection) {
        HttpStatus status = switch (rejection.code().kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case RULE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejection.getMessage());
        problem.setTitle(title(rejection.code()));
        problem.setProperty("code", rejection.code().name());
        if (rejection.field() != null) {
            problem.setProperty("field", rejection.field());
        }
        return problem;
    }

    /** Two writers raced on the same aggregate; the loser's command changed nothing and may be retried. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed the same record at the same moment; nothing was recorded. Retry the request.");
        problem.setTitle(title(LedgerErrorCode.CONCURRENT_CHANGE));
        problem.setProperty("code", LedgerErrorCode.CONCURRENT_CHANGE.name());
        return problem;
    }

    @ExceptionHandler(Projections.UnknownProjectionException.class)
    ProblemDetail unknownProjection(Projections.UnknownProjectionException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("code", "NOT_FOUND");
        return problem;
    }

    /** A command for an organisation or indicator the ledger does not hold. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Nothing is registered under '" + exception.getAggregateIdentifier() + "'");
        problem.setTitle("Not found");
        problem.setProperty("code", "NOT_FOUND");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldError error;
        if (exception.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            error = new FieldError(path(invalid), "OneOf", "must be one of " + allowed);
        } else if (exception.getCause() instanceof MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()) {
            error = new FieldError(path(mismatched), "Type",
                    "must be a " + mismatched.getTargetType().getSimpleName());
        } else {
            error = new FieldError("body", "JSON", "must be a well-formed JSON document");
        }
        return ResponseEntity.badRequest().body(invalidRequest(List.of(error)));
    }

    private static ProblemDetail invalidRequest(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid " + fields + "; nothing was recorded.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        // A definition travels whole in commands but sits flat beside the code in every request: name its fields so.
        return new FieldError(violation.getPropertyPath().toString().replaceFirst("^(definition|change)\\.", ""),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }

    private static String path(MismatchedInputException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String title(LedgerErrorCode code) {
        String words = code.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
