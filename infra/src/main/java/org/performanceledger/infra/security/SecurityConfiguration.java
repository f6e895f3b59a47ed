package org.performanceledger.infra.security;

import org.performanceledger.infra.LedgerProperties;
import org.performanceledger.infra.api.problems.ProblemAccessDeniedHandler;
import org.performanceledger.infra.api.problems.ProblemAuthenticationEntryPoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who is signed in to the API: HTTP Basic over the configured users (the pages sign in with a form:
 * {@link WebSecurityConfiguration}). No user exists unless configured ({@code ledger.users});
 * the demo profile configures six. What each may do, and where, is the application layer's to decide
 * ({@code org.performanceledger.application.access.Action}): here every API request only has to be signed in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    /** Before the pages' chain ({@link WebSecurityConfiguration}), which takes every request this one does not. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                // A stateless JSON API authenticated on every request: no session, so no CSRF token to carry.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
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
