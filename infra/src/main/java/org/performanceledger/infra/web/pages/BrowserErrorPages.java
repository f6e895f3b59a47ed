package org.performanceledger.infra.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerExceptionResolverComposite;
import org.springframework.web.servlet.mvc.annotation.ResponseStatusExceptionResolver;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * A failed request for a page answers with a page, never with the API's problem document. The API's exception
 * handlers (ProblemDetailsAdvice) apply to every request, so an unknown page or a wrong method would otherwise
 * reach a browser as {@code application/problem+json}. For any path outside the API this resolver, first in line,
 * sends the error's status instead (as Spring MVC maps its own exceptions; an application-layer refusal for want of
 * a role 403, or for something not there 404; 500 for anything else), and Spring Boot
 * renders {@code templates/error/<status>.html}, 4xx or 5xx.
 * Requests for the API are left to the API's handlers.
 */
class BrowserErrorPages implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(BrowserErrorPages.class);

    /** The paths of the API's security chain (SecurityConfiguration's securityMatcher): keep the two in step. */
    private static final List<PathPattern> API = Stream.of(
                    "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
            .map(PathPatternParser.defaultInstance::parse).toList();

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
        // Spring MVC's own mapping of its exceptions (400 for a bad parameter, 404, 405, @ResponseStatus, ...).
        ModelAndView answered = springsOwnStatuses.resolveException(request, response, handler, exception);
        if (answered != null) {
            return answered;
        }
        // A refusal a page did not show in its form: the user's role may not (403), or it names nothing (404).
        if (exception instanceof LedgerRejection rejection) {
            LedgerErrorCode.Kind kind = rejection.code().kind();
            if (kind == LedgerErrorCode.Kind.FORBIDDEN || kind == LedgerErrorCode.Kind.NOT_FOUND) {
                return sendError(request, response,
                        kind == LedgerErrorCode.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
            }
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

    private static boolean isForTheApi(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return API.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
