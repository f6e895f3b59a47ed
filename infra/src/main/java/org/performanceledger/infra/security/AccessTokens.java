package org.performanceledger.infra.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens: what a script uses instead of a password. A token is shown once, when it is made; the
 * ledger keeps only its SHA-256 (a token is 256 random bits, so a fast hash is enough) beside its owner, its name and
 * when it was made and last used. A token acts for its owner with the roles the owner holds at the time of each
 * request, and stops working the moment it is revoked. Tokens live in their own collection, never in the event store.
 */
public final class AccessTokens {

    /** Every token begins with this, so a leaked one is recognisable (secret scanners) and told from a JWT. */
    public static final String PREFIX = "plt_";
    static final String COLLECTION = "access_tokens";

    /** A token as its owner sees it in the list: never the token itself. */
    public record Listed(String id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    /** A token just made: the only time {@code token} is shown. */
    public record Issued(String id, String name, Instant createdAt, String token) {
    }

    private final MongoCollection<Document> tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccessTokens(MongoDatabase database, Clock clock) {
        this.tokens = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    public Issued issue(String username, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = hash(token);
        String id = hash.substring(0, 12);
        Instant now = clock.instant();
        tokens.insertOne(new Document("_id", hash).append("id", id).append("username", username)
                .append("name", name).append("createdAt", Date.from(now)));
        return new Issued(id, name, now, token);
    }

    /** The owner of a token that exists and is not revoked; records that it was used. */
    public Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Document found = tokens.findOneAndUpdate(Filters.eq("_id", hash(token)),
                Updates.set("lastUsedAt", Date.from(clock.instant())));
        return Optional.ofNullable(found).map(document -> document.getString("username"));
    }

    public List<Listed> of(String username) {
        List<Listed> listed = new ArrayList<>();
        tokens.find(Filters.eq("username", username)).forEach(document -> listed.add(new Listed(
                document.getString("id"), document.getString("name"), document.getDate("createdAt").toInstant(),
                Optional.ofNullable(document.getDate("lastUsedAt")).map(Date::toInstant).orElse(null))));
        listed.sort(java.util.Comparator.comparing(Listed::createdAt));
        return listed;
    }

    /** Revokes one of the user's tokens; false when the user has none with that id. */
    public boolean revoke(String username, String id) {
        return tokens.deleteOne(Filters.and(Filters.eq("username", username), Filters.eq("id", id)))
                .getDeletedCount() == 1;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
