package org.performanceledger.infra.security;

import org.performanceledger.infra.LedgerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * HTTP Basic over the configured users. No user exists unless configured ({@code ledger.users}); the demo profile
 * configures four. Reading needs any signed-in user; officers record returns, corrections, commentary, expected
 * outcomes and outturns; the performance team does that and everything else (organisations, indicators, targets,
 * publications); auditors verify the store.
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
                                "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/api/audit/**", "/api/organisations/*/audit")
                        .hasAnyRole(LedgerRole.AUDITOR.name(), LedgerRole.PERFORMANCE.name())
                        .requestMatchers(HttpMethod.GET, "/api/admin/**")
                        .hasAnyRole(LedgerRole.AUDITOR.name(), LedgerRole.PERFORMANCE.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        // Returns, corrections, commentary, expected outcomes and outturns: officers and the team.
                        .requestMatchers("/api/organisations/*/indicators/*/values/**",
                                "/api/organisations/*/indicators/*/commentary/*",
                                "/api/organisations/*/indicators/*/expected-outcome/*",
                                "/api/organisations/*/indicators/*/outturns/*")
                        .hasAnyRole(LedgerRole.OFFICER.name(), LedgerRole.PERFORMANCE.name())
                        // Organisations, indicator definitions, targets and publications: the performance team.
                        .requestMatchers("/api/**").hasRole(LedgerRole.PERFORMANCE.name())
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // A stateless JSON API authenticated on every request: no session, so no CSRF token to carry.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    UserDetailsService ledgerUsers(LedgerProperties properties) {
        Map<String, LedgerUserDetails> users = properties.users().stream()
                .map(user -> new LedgerUserDetails(user.username(), user.password(), user.displayName(),
                        LedgerRole.valueOf(user.role()).name()))
                .collect(Collectors.toUnmodifiableMap(LedgerUserDetails::getUsername, Function.identity()));
        return username -> {
            LedgerUserDetails user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("No such user");
            }
            // Spring Security erases credentials after sign-in: hand out a copy, never the configured instance.
            return new LedgerUserDetails(user.getUsername(), user.getPassword(), user.displayName(), user.role());
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
