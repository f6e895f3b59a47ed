package org.performanceledger.infra.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.performanceledger.events.LedgerRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerExceptionResolverComposite;
import org.springframework.web.servlet.mvc.annotation.ResponseStatusExceptionResolver;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A failed request for a page answers with a page, never with the API's problem document. The API's exception
 * handlers (ProblemDetailsAdvice) apply to every request, so an unknown page or a wrong method would otherwise
 * reach a browser as {@code application/problem+json}. For any path outside the API this resolver, first in line,
 * sends the error's status instead (as Spring MVC maps its own exceptions; 500 for anything else), and Spring Boot
 * renders {@code templates/error/<status>.html}, 4xx or 5xx; an application-layer refusal gets the status of its
 * kind (403, 404, ...) and its message on the page, and a parameter of the address that the page cannot take
 * ({@link InvalidPageParameter}, a wrong type, a missing one) the 400 page naming it and what it accepts.
 * Requests for the API are left to the API's handlers.
 */
class BrowserErrorPages implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(BrowserErrorPages.class);

    /** The paths of the API's security chain (SecurityConfiguration's securityMatcher): keep the two in step. */
    private static final List<PathPattern> API = Stream.of(
                    "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
            .map(PathPatternParser.defaultInstance::parse).toList();

    /** The request attribute holding a refusal's message, which the error pages show. */
    static final String REFUSAL = "refusal";

    private final HandlerExceptionResolverComposite springsOwnStatuses = new HandlerExceptionResolverComposite();

    BrowserErrorPages() {
        springsOwnStatuses.setExceptionResolvers(
                List.of(new ResponseStatusExceptionResolver(), new DefaultHandlerExceptionResolver()));
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (isForTheApi(request) || response.isCommitted()) {
            return null;
        }
        if (exception instanceof LedgerRejection rejection) {
            return refused(request, response, rejection);
        }
        // A parameter of the address the page cannot take: the 400 page says which, and what it accepts.
        String badParameter = badParameter(exception);
        if (badParameter != null) {
            request.setAttribute(REFUSAL, badParameter);
            return sendError(request, response, HttpStatus.BAD_REQUEST);
        }
        // Spring MVC's own mapping of its exceptions (400 for a bad parameter, 404, 405, @ResponseStatus, ...).
        ModelAndView answered = springsOwnStatuses.resolveException(request, response, handler, exception);
        if (answered != null) {
            return answered;
        }
        // Anything else is a fault (Spring Boot's DefaultErrorAttributes has already kept it for the error page).
        log.error("A page failed: {} {}", request.getMethod(), request.getRequestURI(), exception);
        return sendError(request, response, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView sendError(HttpServletRequest request, HttpServletResponse response,
                                          HttpStatus status) {
        try {
            response.sendError(status.value());
        } catch (IOException couldNotAnswer) {
            log.warn("Could not send the error page for {}", request.getRequestURI(), couldNotAnswer);
        }
        return new ModelAndView();
    }

    /**
     * A refusal of the application layer that a page did not show in its form: the user may not do it (403), the
     * organisation or indicator is not there (404), or a rule refused it. The error page says why
     * ({@code refusal}, e.g. "To set targets you need the role PERFORMANCE in organisation 'southend'").
     */
    private static ModelAndView refused(HttpServletRequest request, HttpServletResponse response,
                                        LedgerRejection rejection) {
        HttpStatus status = switch (rejection.code().kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case RULE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        request.setAttribute(REFUSAL, rejection.getMessage());
        try {
            response.sendError(status.value());
        } catch (IOException couldNotAnswer) {
            log.warn("Could not send the error page for {}", request.getRequestURI(), couldNotAnswer);
        }
        return new ModelAndView();
    }

    /** What is wrong with the address's parameter, in words, or null when the exception is about something else. */
    private static String badParameter(Exception exception) {
        if (exception instanceof InvalidPageParameter invalid) {
            return invalid.getMessage();
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            return InvalidPageParameter.describe(mismatch.getName(), mismatch.getValue(),
                    "The " + mismatch.getName() + " must be " + kindOf(mismatch.getRequiredType()));
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            MethodParameter parameter = missing.getMethodParameter();
            return InvalidPageParameter.describe(missing.getParameterName(), null, "The page needs "
                    + missing.getParameterName() + ", " + kindOf(parameter == null ? null
                    : parameter.getNestedParameterType()));
        }
        return null;
    }

    /** What a parameter of this type accepts, in words: "a whole number", "one of MONTHLY, QUARTERLY". */
    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number, such as 12";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number, such as 6.18";
        }
        if (type == LocalDate.class) {
            return "a date written as 2019-02-22";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "text of another form";
    }

    private static boolean isForTheApi(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return API.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
