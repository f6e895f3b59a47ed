package org.performanceledger.infra.security;

import org.performanceledger.infra.LedgerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Duration;
import java.util.Objects;

/**
 * The pages people use in a browser: every request the API's chain ({@link SecurityConfiguration}) does not take.
 * Users sign in with a form at {@code /sign-in} and keep a session (idle timeout {@code server.servlet.session.timeout},
 * cookie HttpOnly and SameSite=Lax, Secure when the request came over TLS); every form carries a CSRF token; pages
 * are served with a Content-Security-Policy that admits only the application's own files (GOV.UK Frontend is served
 * from its WebJar), so no inline script or style can run. The same users as the API ({@code ledger.users}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebSecurityConfiguration {

    /** Only this application's own files; no inline script or style; never inside a frame. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final String SESSION_ENDED = "/sign-in?session-ended";

    /** Sign-in and what every page needs before anyone has signed in: its styles, scripts, fonts and errors. */
    private static final String[] OPEN_TO_ALL = {
            "/sign-in", "/sign-in/refused", "/error", "/assets/**", "/webjars/**", "/css/**", "/js/**",
            "/favicon.svg", "/favicon.ico", "/oauth2/**", "/login/oauth2/**"};

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ServerProperties server,
                                     ObjectProvider<ClientRegistrationRepository> identityProviders,
                                     ConfiguredUsers users, LedgerProperties properties) throws Exception {
        String sessionCookie = Objects.requireNonNullElse(server.getServlet().getSession().getCookie().getName(),
                "JSESSIONID");
        if (identityProviders.getIfAvailable() != null) {
            // Councils' own identity providers (spring.security.oauth2.client.registration.*), offered on the
            // sign-in page beside the form.
            http.oauth2Login(login -> login.loginPage("/sign-in")
                    .userInfoEndpoint(info -> info.oidcUserService(new IdentityProviderUsers(users,
                            properties.jwt()))));
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_TO_ALL).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        // Forwarded, not redirected: the page shows what was typed and says what is wrong.
                        .failureForwardUrl("/sign-in/refused"))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        // Otherwise the next request names a session that no longer exists and reads as timed out.
                        .deleteCookies(sessionCookie))
                // A request naming a session that has ended (idle timeout, restart) starts again at sign-in, also
                // when it is a form whose CSRF token died with the session; a stale form in a sound session is
                // the 403 page saying the form had expired, not a false sign-out.
                .sessionManagement(session -> session.invalidSessionUrl(SESSION_ENDED))
                .csrf(csrf -> csrf.withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new ExpiredForms(SESSION_ENDED));
                        return filter;
                    }
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // Written only on requests that came over TLS (Spring Security's default matcher).
                        .httpStrictTransportSecurity(hsts -> hsts
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                                .includeSubDomains(true)))
                .build();
    }
}
