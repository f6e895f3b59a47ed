package org.performanceledger.application.access;

import java.util.Objects;

/**
 * Who asks, and through which door: every use case takes one. What a command changes is recorded with the user,
 * the role they acted in, the channel as its source, and the client's idempotency key when one was given.
 *
 * @param user           who asks
 * @param channel        the door they came through
 * @param idempotencyKey a key the client chose so a retried request changes nothing twice; null when none
 */
public record Caller(LedgerUser user, Channel channel, String idempotencyKey) {

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(channel, "channel");
    }

    public static Caller api(LedgerUser user, String idempotencyKey) {
        return new Caller(user, Channel.API, idempotencyKey == null || idempotencyKey.isBlank() ? null
                : idempotencyKey);
    }

    public static Caller web(LedgerUser user) {
        return new Caller(user, Channel.WEB, null);
    }

    /** The same caller for another request, with its own idempotency key (or none). */
    public Caller withIdempotencyKey(String key) {
        return new Caller(user, channel, key);
    }
}
