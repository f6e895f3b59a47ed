package org.performanceledger.infra.api.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The error dispatch ({@code /error}): whatever the servlet container or a filter answered with an error status
 * (a refused sign-in, a request the firewall rejected, an exception no handler took). A request for the API, and any
 * request that does not ask for HTML, gets a problem document with the code of its status; a browser asking for a
 * page keeps the GOV.UK error page ({@code templates/error/<status>.html}). Spring Boot's JSON error body, with its
 * timestamp and exception, is never written.
 */
public final class ProblemErrorController extends BasicErrorController {

    public ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
                                  List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorProperties, errorViewResolvers);
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (ApiPaths.isApi(request)) {
            writeProblem(request, response);
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getResponse();
        writeProblem(request, response);
        return null;
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly rather than dispatched to: there is nothing at /error.
        int code = status instanceof Integer number && number >= 400 ? number : 404;
        ProblemCode problem = ProblemCode.forStatus(code);
        try {
            ProblemResponses.write(request, response, code, problem, ProblemResponses.detailOf(problem));
        } catch (IOException clientGone) {
            throw new UncheckedIOException(clientGone);
        }
    }
}
