package org.performanceledger.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks a username and password (HTTP Basic, the sign-in form) against the configured bcrypt hash once, then
 * remembers for a while that the pair was right, so a script sending Basic on every request does not pay a bcrypt
 * check (about 80 ms of a core) each time. What is remembered is an HMAC of the pair under a key made afresh for each
 * process, never the password; a wrong password is never remembered, so guessing still costs bcrypt every time.
 */
final class RememberedPasswords implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final Cache<String, Authentication> verified;
    private final SecretKeySpec key;

    RememberedPasswords(DaoAuthenticationProvider passwords, Duration rememberFor) {
        this.passwords = passwords;
        this.verified = Caffeine.newBuilder().expireAfterWrite(rememberFor).maximumSize(10_000).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return passwords.authenticate(authentication);
        }
        String pair = fingerprint(authentication.getName() + '\u0000' + credentials);
        Authentication known = verified.getIfPresent(pair);
        if (known != null) {
            return known;
        }
        Authentication checked = passwords.authenticate(authentication);
        verified.put(pair, checked);
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String pair) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(pair.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
