package org.performanceledger.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.infra.LedgerProperties;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a bearer token stands for. A personal access token ({@code plt_...}) stands for its owner as configured. A JWT
 * from an organisation's identity provider (only when one is configured: {@code spring.security.oauth2.resourceserver
 * .jwt.issuer-uri}, {@code jwk-set-uri} or {@code public-key-location}) stands for the user its username claim names,
 * holding the grants of its grants claim ({@code ROLE@organisation}, {@code AUDITOR@*}) or, without one, the grants
 * configured for that username. Anything else is an invalid token (401).
 */
final class BearerTokens implements AuthenticationManagerResolver<HttpServletRequest> {

    private final AuthenticationManager accessTokens;
    private final AuthenticationManager jwts;

    BearerTokens(AccessTokens tokens, ConfiguredUsers users, JwtDecoder decoder, LedgerProperties.Jwt claims) {
        this.accessTokens = authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            LedgerUser user = tokens.owner(token).flatMap(users::find).map(ConfiguredUsers.Account::user)
                    .orElseThrow(() -> new InvalidBearerTokenException("Unknown or revoked access token"));
            return new TokenAuthentication(new LedgerUserDetails(user, ""), TokenAuthentication.Kind.ACCESS_TOKEN);
        };
        if (decoder == null) {
            this.jwts = authentication -> {
                throw new InvalidBearerTokenException("No identity provider is configured: use an access token");
            };
        } else {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(jwt -> new TokenAuthentication(
                    new LedgerUserDetails(userOf(jwt, users, claims), ""), TokenAuthentication.Kind.JWT));
            this.jwts = provider::authenticate;
        }
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean accessToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.substring(7).strip().startsWith(AccessTokens.PREFIX);
        return accessToken ? accessTokens : jwts;
    }

    static LedgerUser userOf(Jwt jwt, ConfiguredUsers users, LedgerProperties.Jwt claims) {
        String username = jwt.getClaimAsString(claims.usernameClaim());
        if (username == null || username.isBlank()) {
            username = jwt.getSubject();
        }
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("The token names no user (claim '" + claims.usernameClaim()
                    + "' or 'sub')");
        }
        String name = jwt.getClaimAsString("name");
        String displayName = name == null || name.isBlank() ? username : name;
        List<String> granted = jwt.getClaimAsStringList(claims.grantsClaim());
        if (granted == null) {
            Set<Grant> configured = users.find(username).map(account -> account.user().grants()).orElse(Set.of());
            return LedgerUser.person(username, displayName, configured);
        }
        Set<Grant> grants = new HashSet<>();
        for (String grant : granted) {
            String[] parts = grant.split("@", 2);
            try {
                if (parts.length != 2 || parts[1].isBlank()) {
                    throw new IllegalArgumentException("no organisation");
                }
                grants.add(new Grant(parts[1].strip(), Role.valueOf(parts[0].strip().toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidBearerTokenException("The token's grant '" + grant + "' is not ROLE@organisation");
            }
        }
        return LedgerUser.person(username, displayName, grants);
    }
}
