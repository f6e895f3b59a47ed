package org.performanceledger.infra.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * An API request the security chain itself refuses to a signed-in user: 403 with a problem document
 * ({@code FORBIDDEN}). Refusals by role and organisation come from the application layer, with the roles needed.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        ProblemResponses.write(request, response, ProblemCode.FORBIDDEN,
                ProblemResponses.detailOf(ProblemCode.FORBIDDEN));
    }
}
