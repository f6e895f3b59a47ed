package org.performanceledger.application.access;

import org.performanceledger.application.InvalidRequest;

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

    /** The longest idempotency key kept: a UUID is 36 characters; a key travels in every event it records. */
    public static final int LONGEST_IDEMPOTENCY_KEY = 200;

    public static Caller api(LedgerUser user, String idempotencyKey) {
        return new Caller(user, Channel.API, clientKey(idempotencyKey));
    }

    /**
     * The client's idempotency key as the ledger keeps it: none when absent or blank; refused (naming the header)
     * when longer than {@value #LONGEST_IDEMPOTENCY_KEY} characters or holding anything but visible ASCII, since it
     * is recorded in the metadata of every event the request records.
     */
    public static String clientKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        if (idempotencyKey.length() > LONGEST_IDEMPOTENCY_KEY
                || !idempotencyKey.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw InvalidRequest.of("Idempotency-Key", "IdempotencyKey", "must be 1 to " + LONGEST_IDEMPOTENCY_KEY
                    + " visible ASCII characters (letters, digits, punctuation; no spaces), such as a UUID");
        }
        return idempotencyKey;
    }

    public static Caller web(LedgerUser user) {
        return new Caller(user, Channel.WEB, null);
    }

    /** The same caller for another request, with its own idempotency key (or none). */
    public Caller withIdempotencyKey(String key) {
        return new Caller(user, channel, key);
    }
}
