package org.performanceledger.infra.security;

import org.performanceledger.infra.LedgerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.performanceledger.infra.api.problems.ProblemAccessDeniedHandler;
import org.performanceledger.infra.api.problems.ProblemAuthenticationEntryPoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;


/**
 * Who is signed in to the API: HTTP Basic over the configured users (checked once, then remembered), a personal
 * access token, or a JWT from an organisation's identity provider when one is configured (the pages sign in with a
 * form: {@link WebSecurityConfiguration}). No user exists unless configured ({@code ledger.users});
 * the demo profile configures six. What each may do, and where, is the application layer's to decide
 * ({@code org.performanceledger.application.access.Action}): here every API request only has to be signed in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    /** 401 as a problem document, challenging for a password (Basic) or a token (Bearer). */
    private static final ProblemAuthenticationEntryPoint SIGN_IN_REQUIRED = new ProblemAuthenticationEntryPoint(
            List.of(ProblemAuthenticationEntryPoint.BASIC, "Bearer"));

    /** Before the pages' chain ({@link WebSecurityConfiguration}), which takes every request this one does not. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, BearerTokens bearerTokens) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SIGN_IN_REQUIRED))
                // Scripts may instead send a personal access token or an identity provider's JWT as a bearer token.
                .oauth2ResourceServer(bearer -> bearer.authenticationManagerResolver(bearerTokens)
                        .authenticationEntryPoint(SIGN_IN_REQUIRED))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SIGN_IN_REQUIRED)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                // A stateless JSON API authenticated on every request: no session, so no CSRF token to carry.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    BearerTokens bearerTokens(AccessTokens tokens, ConfiguredUsers users, ObjectProvider<JwtDecoder> identityProvider,
                              LedgerProperties properties) {
        return new BearerTokens(tokens, users, identityProvider.getIfAvailable(), properties.jwt());
    }

    /**
     * Passwords (HTTP Basic, the sign-in form) are checked against their bcrypt hash once, then remembered as right
     * for {@code ledger.remember-passwords-for}: a request need not cost a bcrypt check.
     */
    @Bean
    AuthenticationProvider rememberedPasswords(UserDetailsService users, PasswordEncoder encoder,
                                               LedgerProperties properties) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new RememberedPasswords(passwords, properties.rememberPasswordsFor());
    }

    @Bean
    ConfiguredUsers configuredUsers(LedgerProperties properties) {
        return new ConfiguredUsers(properties);
    }

    @Bean
    UserDetailsService ledgerUsers(ConfiguredUsers users) {
        return username -> users.find(username)
                // Spring Security erases credentials after sign-in: hand out a new instance every time.
                .map(account -> new LedgerUserDetails(account.user(), account.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
