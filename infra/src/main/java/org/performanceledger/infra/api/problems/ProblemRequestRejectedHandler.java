package org.performanceledger.infra.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * A request Spring Security's firewall refuses (an encoded slash or dot segment, {@code //}, a {@code ;} path
 * parameter, {@code %25}, a control character in a header): 400. For the API a problem document
 * ({@code BAD_REQUEST}); for a page, the error page of a bad request.
 */
final class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.info("Refused a request the firewall rejects: {} ({})", request.getRequestURI(), rejected.getMessage());
        if (ApiPaths.isApi(request)) {
            ProblemResponses.write(request, response, ProblemCode.BAD_REQUEST, "The request's address or headers "
                    + "hold what the ledger refuses: an encoded slash, backslash or percent sign, a '.' or '..' "
                    + "segment, an empty segment ('//'), a ';' path parameter, or a control character. "
                    + "Percent-encode each path segment once.");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
