package org.performanceledger.infra.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a bearer token (a personal access token or an identity provider's JWT) rather than a
 * password: the same {@link LedgerUserDetails} principal, so the application layer sees one kind of user.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    /** How the token was given. */
    public enum Kind { ACCESS_TOKEN, JWT }

    private final LedgerUserDetails user;
    private final Kind kind;

    TokenAuthentication(LedgerUserDetails user, Kind kind) {
        super(user.getAuthorities());
        this.user = user;
        this.kind = kind;
        setAuthenticated(true);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public LedgerUserDetails getPrincipal() {
        return user;
    }
}
