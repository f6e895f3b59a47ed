package org.performanceledger.infra.axon;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ProvenanceKeys;

import java.time.Clock;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * A command carrying an idempotency key is handled once per user and key: the key is claimed (a unique {@code _id})
 * before the handler runs and released if the handler fails. Sent again with the same key and the same command, it
 * changes nothing and answers as the first did; with the same key and a different command it is refused.
 * The claim is written before the events, so the durability flush that makes them durable makes it durable too.
 */
final class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String COLLECTION = "command_idempotency";

    private final MongoCollection<Document> claims;
    private final Clock clock;

    IdempotencyInterceptor(MongoCollection<Document> claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
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
        try {
            claims.insertOne(new Document("_id", id).append("command", fingerprint)
                    .append("claimedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document earlier = claims.find(eq("_id", id)).first();
            if (earlier != null && !fingerprint.equals(earlier.getString("command"))) {
                throw new LedgerRejection(LedgerErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                        "Idempotency key '" + key + "' was already used for a different request");
            }
            return null; // the same command again: it was handled once, and that is its answer
        }
        unitOfWork.onRollback(failed -> claims.deleteOne(eq("_id", id)));
        return chain.proceed();
    }
}
