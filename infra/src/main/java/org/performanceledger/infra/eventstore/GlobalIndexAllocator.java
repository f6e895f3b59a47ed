package org.performanceledger.infra.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * Hands out global indexes from one counter document with an atomic {@code $inc}. The answer is the document as it
 * was BEFORE the increment: the embedded server can return another writer's value for AFTER under concurrency,
 * while BEFORE plus one is exact. A range handed out is never handed out again, used or not.
 */
final class GlobalIndexAllocator {

    private static final String COUNTER_ID = "globalIndex";

    private final MongoCollection<Document> counters;

    GlobalIndexAllocator(MongoCollection<Document> counters) {
        this.counters = counters;
        try {
            counters.updateOne(eq("_id", COUNTER_ID), setOnInsert("value", 0L), new UpdateOptions().upsert(true));
        } catch (MongoWriteException anotherNodeCreatedIt) {
            // Two nodes starting together: one upsert wins, the counter exists either way.
        }
    }

    /** Reserves {@code count} consecutive indexes and returns the first. */
    long allocate(int count) {
        Document before = counters.findOneAndUpdate(eq("_id", COUNTER_ID), inc("value", (long) count),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            throw new IllegalStateException("The global index counter is missing");
        }
        return ((Number) before.get("value")).longValue() + 1;
    }

    /** The highest index handed out so far; events up to it are stored, in flight, or gaps. */
    long highestAllocated() {
        Document counter = counters.find(eq("_id", COUNTER_ID)).first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }
}
