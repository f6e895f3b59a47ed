package org.performanceledger.infra.axon;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.bson.Document;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ProvenanceKeys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * A command carrying an idempotency key is handled once per user and key, and every request with that key gets the
 * first one's outcome: the same success, or the same refusal (even if a later attempt would now succeed).
 * <p>
 * The key is claimed (a unique {@code _id}, state PENDING) before the handler runs. A refusal by the ledger's rules
 * is kept as the claim's outcome (REFUSED, with its code, field, message and details); a commit marks it DONE. A
 * request that finds the key claimed waits for that outcome and answers with it, so concurrent retries agree. A
 * failure that is not a refusal (two writers racing, the store unavailable) releases the claim, so a retry runs
 * again. A claim left PENDING by a process that stopped mid-command is taken over after {@link #abandonedAfter}.
 */
final class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String COLLECTION = "command_idempotency";

    private static final String PENDING = "PENDING";
    private static final String DONE = "DONE";
    private static final String REFUSED = "REFUSED";
    private static final Duration POLL = Duration.ofMillis(20);

    private final MongoCollection<Document> claims;
    private final Clock clock;
    private final Duration waitForFirst;
    private final Duration abandonedAfter;

    IdempotencyInterceptor(MongoCollection<Document> claims, Clock clock) {
        this(claims, clock, Duration.ofSeconds(30), Duration.ofMinutes(2));
    }

    IdempotencyInterceptor(MongoCollection<Document> claims, Clock clock, Duration waitForFirst,
                           Duration abandonedAfter) {
        this.claims = claims;
        this.clock = clock;
        this.waitForFirst = waitForFirst;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(ProvenanceKeys.IDEMPOTENCY_KEY);
        if (key == null) {
            return chain.proceed();
        }
        String id = command.getMetaData().getOrDefault(ProvenanceKeys.USER_ID, "") + "|" + key;
        String fingerprint = command.getCommandName() + "|" + command.getPayload();
        Instant deadline = clock.instant().plus(waitForFirst);
        while (!claim(id, fingerprint)) {
            Document earlier = claims.find(eq("_id", id)).first();
            if (earlier == null) {
                continue; // released by a failure that was not a refusal: claim it afresh
            }
            if (!fingerprint.equals(earlier.getString("command"))) {
                throw new LedgerRejection(LedgerErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                        "Idempotency key '" + key + "' was already used for a different request");
            }
            switch (earlier.getString("state")) {
                case DONE -> {
                    return null; // handled once, and that is its answer
                }
                case REFUSED -> throw refusal(earlier.get("refusal", Document.class));
                default -> {
                    if (earlier.getDate("claimedAt").toInstant().plus(abandonedAfter).isBefore(clock.instant())) {
                        claims.deleteOne(Filters.and(eq("_id", id), eq("state", PENDING)));
                    } else if (clock.instant().isAfter(deadline)) {
                        throw new LedgerRejection(LedgerErrorCode.CONCURRENT_CHANGE, "Idempotency-Key",
                                "The first request with idempotency key '" + key + "' is still being handled; "
                                        + "retry it later");
                    } else {
                        Thread.sleep(POLL.toMillis());
                    }
                }
            }
        }
        unitOfWork.afterCommit(done -> claims.updateOne(eq("_id", id), Updates.set("state", DONE)));
        // A failure that is not a refusal leaves the claim PENDING when the unit of work rolls back: release it.
        unitOfWork.onRollback(failed -> claims.deleteOne(Filters.and(eq("_id", id), eq("state", PENDING))));
        try {
            return chain.proceed();
        } catch (LedgerRejection | AggregateNotFoundException refused) {
            claims.updateOne(eq("_id", id), Updates.combine(Updates.set("state", REFUSED),
                    Updates.set("refusal", recorded(refused))));
            throw refused;
        }
    }

    private boolean claim(String id, String fingerprint) {
        try {
            claims.insertOne(new Document("_id", id).append("command", fingerprint).append("state", PENDING)
                    .append("claimedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private static Document recorded(RuntimeException refused) {
        if (refused instanceof LedgerRejection rejection) {
            return new Document("code", rejection.code().name()).append("field", rejection.field())
                    .append("message", rejection.getMessage()).append("details", new Document(rejection.details()));
        }
        AggregateNotFoundException missing = (AggregateNotFoundException) refused;
        return new Document("notFound", missing.getAggregateIdentifier()).append("message", missing.getMessage());
    }

    private static RuntimeException refusal(Document refusal) {
        if (refusal.containsKey("notFound")) {
            return new AggregateNotFoundException(refusal.getString("notFound"), refusal.getString("message"));
        }
        Map<String, Object> details = new LinkedHashMap<>(refusal.get("details", new Document()));
        return new LedgerRejection(LedgerErrorCode.valueOf(refusal.getString("code")), refusal.getString("field"),
                refusal.getString("message"), details);
    }
}
