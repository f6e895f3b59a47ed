package org.performanceledger.infra.api;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.api.problems.ProblemAuthenticationEntryPoint;
import org.performanceledger.infra.api.problems.ProblemCode;
import org.performanceledger.infra.api.problems.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as an {@code application/problem+json} document (RFC 9457). Invalid input is 400 with an
 * {@code errors} list naming each field and rule; a refusal of the ledger's carries its
 * {@link org.performanceledger.events.LedgerErrorCode} as {@code code}, the {@code field} at fault and its details
 * (for a 403, the organisation and the roles that would be needed). Spring MVC's own refusals (404, 405, 406, 413,
 * 415) carry the {@link ProblemCode} of their status; a failure of the ledger's own is a 500 that names nothing of
 * its cause.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        return invalidRequest(invalid);
    }

    @ExceptionHandler(ApiConfiguration.UnsupportedCharset.class)
    ProblemDetail unsupportedCharset(ApiConfiguration.UnsupportedCharset exception) {
        return problem(ProblemCode.UNSUPPORTED_CHARSET, exception.getMessage());
    }

    /** A body sent as multipart/form-data that is not one (no boundary, cut short). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException exception) {
        return invalidRequest(InvalidRequest.of("body", "Multipart",
                "must be a well-formed multipart/form-data body"));
    }

    /** Sign-in refused inside a controller (the security chain refuses it first, so this is a fallback). */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException exception) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, ProblemAuthenticationEntryPoint.BASIC)
                .body(problem(ProblemCode.UNAUTHENTICATED, ProblemResponses.detailOf(ProblemCode.UNAUTHENTICATED)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException exception) {
        return problem(ProblemCode.FORBIDDEN, ProblemResponses.detailOf(ProblemCode.FORBIDDEN));
    }

    /**
     * Anything else is the ledger's fault, not the client's: 500, logged with its stack trace and the request's
     * correlation id, and answered without either the exception's message or its class.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail failed(Exception exception, HttpServletRequest request) {
        log.error("The API failed to answer {} {}", request.getMethod(), request.getRequestURI(), exception);
        return problem(ProblemCode.INTERNAL_ERROR, ProblemResponses.detailOf(ProblemCode.INTERNAL_ERROR));
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
                    "must be " + ExpectedTypes.of(mismatched.getTargetType()));
        } else {
            error = new InvalidRequest.Violation("body", "JSON", "must be a well-formed JSON document");
        }
        return ResponseEntity.badRequest().body(invalidRequest(new InvalidRequest(List.of(error))));
    }

    /** No such address: said as the API says it, not as a missing static file. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
                                                                    HttpHeaders headers, HttpStatusCode status,
                                                                    WebRequest request) {
        return handleExceptionInternal(exception, problem(ProblemCode.NOT_FOUND, "Nothing is at this address; "
                + "/v3/api-docs describes every address of the API."), headers, status, request);
    }

    /** A path variable or query parameter that is not of its type: named, like a field of a body. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : exception.getPropertyName();
        return ResponseEntity.badRequest().body(invalidRequest(InvalidRequest.of(String.valueOf(name), "Type",
                "must be " + ExpectedTypes.of(exception.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(invalidRequest(InvalidRequest.of(exception.getParameterName(),
                "Required", "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException exception,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return ResponseEntity.badRequest().body(invalidRequest(InvalidRequest.of(exception.getRequestPartName(),
                "Required", "is required: send at least one part of this name")));
    }

    /**
     * Every document Spring MVC's own handlers write (404, 405, 406, 413, 415, ...) gets the code of its status,
     * as the documents written before a controller is reached have.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            ProblemCode code = ProblemCode.forStatus(status.value());
            problem.setTitle(code.title());
            problem.setProperty("code", code.name());
            if (code == ProblemCode.PAYLOAD_TOO_LARGE) {
                problem.setDetail(ProblemResponses.detailOf(code));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail problem(ProblemCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
        problem.setTitle(code.title());
        problem.setProperty("code", code.name());
        return problem;
    }

    private static ProblemDetail invalidRequest(InvalidRequest invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle(ProblemCode.INVALID_REQUEST.title());
        problem.setProperty("code", ProblemCode.INVALID_REQUEST.name());
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
