package org.performanceledger.infra.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.util.List;

/**
 * An API request without a signed-in user: 401 with a problem document ({@code UNAUTHENTICATED}) and a
 * {@code WWW-Authenticate} challenge for each way of signing in the API offers.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    /** The realm of the ledger's HTTP Basic challenge. */
    public static final String BASIC = "Basic realm=\"Performance Ledger\"";

    private final List<String> challenges;

    /** Challenges with HTTP Basic only. */
    public ProblemAuthenticationEntryPoint() {
        this(List.of(BASIC));
    }

    /** One {@code WWW-Authenticate} header per challenge, e.g. {@link #BASIC} and {@code Bearer}. */
    public ProblemAuthenticationEntryPoint(List<String> challenges) {
        this.challenges = List.copyOf(challenges);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException refused) throws IOException {
        challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
        ProblemResponses.write(request, response, ProblemCode.UNAUTHENTICATED,
                ProblemResponses.detailOf(ProblemCode.UNAUTHENTICATED));
    }
}
