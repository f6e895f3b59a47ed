package org.performanceledger.infra.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A form sent with a CSRF token the session does not hold. When the request names a session that has ended (idle
 * timeout, restart, sign-out elsewhere), the user was signed out: they start again at sign-in
 * ({@code /sign-in?session-ended}). Otherwise the session is sound and only the form is stale (opened before the
 * user last signed in, or its token edited): the 403 page says the form had expired, that nothing was saved, and
 * links back to the page the form came from, so it can be sent again. Spring Security's own choice would send every
 * token missing from the session to the session-ended page, telling a signed-in user they were signed out.
 */
final class ExpiredForms implements AccessDeniedHandler {

    /** The request attribute holding the address of the form's page, which the 403 page links back to. */
    static final String FORM_EXPIRED = "formExpired";
    /** The request attribute that is true when the user is still signed in. */
    static final String STILL_SIGNED_IN = "stillSignedIn";

    private final InvalidSessionStrategy sessionEnded;

    ExpiredForms(String sessionEndedUrl) {
        this.sessionEnded = new SimpleRedirectInvalidSessionStrategy(sessionEndedUrl);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            sessionEnded.onInvalidSessionDetected(request, response);
            return;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        request.setAttribute(FORM_EXPIRED, formPage(request));
        request.setAttribute(STILL_SIGNED_IN, signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * The page the form was on: the Referer's path and query when it is this site's (the pages send it to their own
     * site only, {@code Referrer-Policy: same-origin}), else the start page.
     */
    private static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = new URI(referer);
                String path = from.getRawPath();
                // Never "//elsewhere": a path of two slashes is another site's address.
                if (request.getServerName().equalsIgnoreCase(from.getHost()) && path != null
                        && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
                    return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (URISyntaxException notAnAddress) {
                // Not an address: back to the start page.
            }
        }
        return request.getContextPath() + "/";
    }
}
