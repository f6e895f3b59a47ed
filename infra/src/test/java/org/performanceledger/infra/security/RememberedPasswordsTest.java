package org.performanceledger.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedPasswordsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder countingBcrypt = new PasswordEncoder() {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberedPasswords passwords = rememberedFor(Duration.ofMinutes(5));

    private RememberedPasswords rememberedFor(Duration duration) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("officer")
                .password(countingBcrypt.encode("demo")).roles("OFFICER").build());
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(countingBcrypt);
        return new RememberedPasswords(dao, duration);
    }

    private static UsernamePasswordAuthenticationToken basic(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void aRightPasswordIsCheckedAgainstItsHashOnceThenRemembered() {
        for (int request = 0; request < 50; request++) {
            assertThat(passwords.authenticate(basic("officer", "demo")).isAuthenticated()).isTrue();
        }

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRememberedSoEveryGuessCostsAFullCheck() {
        for (int guess = 0; guess < 5; guess++) {
            assertThatThrownBy(() -> passwords.authenticate(basic("officer", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(bcryptChecks).hasValue(5);
    }

    @Test
    void rememberingTheRightPasswordDoesNotAdmitAnotherOne() {
        passwords.authenticate(basic("officer", "demo"));

        assertThatThrownBy(() -> passwords.authenticate(basic("officer", "demo2")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwords.authenticate(basic("officer", "dem")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void nothingIsRememberedWhenTheTimeToRememberIsZero() {
        RememberedPasswords forgetful = rememberedFor(Duration.ZERO);
        forgetful.authenticate(basic("officer", "demo"));
        forgetful.authenticate(basic("officer", "demo"));

        assertThat(bcryptChecks).hasValue(2);
    }
}
