package org.performanceledger.infra.security;

import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.infra.LedgerProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.Map;

/**
 * A person signed in to the web pages through their organisation's identity provider (OpenID Connect): the ledger
 * user its ID token names, with the grants it carries or, without them, those configured for that username; the same
 * rules as for a bearer JWT ({@link BearerTokens}).
 */
final class IdentityProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final ConfiguredUsers users;
    private final LedgerProperties.Jwt claims;

    IdentityProviderUsers(ConfiguredUsers users, LedgerProperties.Jwt claims) {
        this.users = users;
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidc = standard.loadUser(request);
        OidcIdToken id = oidc.getIdToken();
        Jwt asJwt = new Jwt(id.getTokenValue(), id.getIssuedAt(), id.getExpiresAt(), Map.of("alg", "none"),
                oidc.getClaims());
        return new LedgerOidcUser(oidc, BearerTokens.userOf(asJwt, users, claims));
    }

    /** The identity provider's user, standing for a ledger user. */
    record LedgerOidcUser(OidcUser oidc, LedgerUser ledgerUser) implements OidcUser, LedgerPrincipal {

        @Override
        public Map<String, Object> getClaims() {
            return oidc.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return oidc.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return oidc.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return oidc.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return ledgerUser.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                    .toList();
        }

        @Override
        public String getName() {
            return ledgerUser.username();
        }
    }
}
