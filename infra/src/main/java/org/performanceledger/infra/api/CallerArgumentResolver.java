package org.performanceledger.infra.api;

import jakarta.servlet.http.HttpServletRequest;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.infra.security.LedgerPrincipal;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller the {@link Caller} of its request: the signed-in user, the door (the API for {@code /api/...},
 * the web pages otherwise) and the client's {@code Idempotency-Key}. Controllers pass it on to the application layer,
 * which decides what the user may do.
 */
public final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof LedgerPrincipal user)) {
            throw new AuthenticationCredentialsNotFoundException("Sign in first");
        }
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        boolean api = http != null && http.getRequestURI().startsWith(http.getContextPath() + "/api/");
        String key = request.getHeader(IDEMPOTENCY_KEY);
        // Only API clients make a retry safe with a key; the pages have their own guard (one form, one submission).
        return new Caller(user.ledgerUser(), api ? Channel.API : Channel.WEB, api ? Caller.clientKey(key) : null);
    }
}
