package org.performanceledger.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.set;

/**
 * Writes checkpoints of the running digest over the global order. It seals as far as the order is settled: every
 * index up to there holds an event, or is a gap whose writer has had the whole gap window (the event after it was
 * allocated longer ago than that). Several sealers may run; checkpoint numbers are unique, so one wins.
 */
public class EventStoreSealer {

    static final String CHECKPOINTS = "event_checkpoints";
    private static final String POINTER_ID = "lastCheckpoint";
    private static final int READ_BATCH = 1_000;

    private final LedgerEventStorageEngine engine;
    private final MongoCollection<Document> checkpoints;
    private final MongoCollection<Document> counters;
    private final Clock clock;
    private final Duration gapWindow;
    private final int maxEventsPerCheckpoint;

    public EventStoreSealer(MongoDatabase database, LedgerEventStorageEngine engine, Clock clock, Duration gapWindow,
                            int maxEventsPerCheckpoint) {
        this.engine = engine;
        this.checkpoints = database.getCollection(CHECKPOINTS);
        this.counters = database.getCollection(LedgerEventStorageEngine.COUNTERS);
        this.clock = clock;
        this.gapWindow = gapWindow;
        this.maxEventsPerCheckpoint = maxEventsPerCheckpoint;
    }

    /** Seals everything settled so far, one checkpoint at a time; returns how many checkpoints it wrote. */
    public synchronized int sealAll() {
        int written = 0;
        while (sealNext().isPresent()) {
            written++;
        }
        return written;
    }

    Optional<Checkpoint> sealNext() {
        Checkpoint last = lastCheckpoint();
        long head = engine.highestAllocatedIndex();
        long settledBefore = clock.millis() - gapWindow.toMillis();
        String digest = last.digest();
        long sealedThrough = last.lastIndex();
        long count = 0;
        List<Long> gaps = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        long next = last.lastIndex() + 1;
        scan:
        while (next <= head && count < maxEventsPerCheckpoint) {
            long to = Math.min(head, next + READ_BATCH - 1);
            NavigableMap<Long, StoredEvent> found = engine.byIndex(LongStream.rangeClosed(next, to).boxed().toList());
            for (long index = next; index <= to; index++) {
                StoredEvent event = found.get(index);
                if (event == null) {
                    missing.add(index);
                    continue;
                }
                if (!missing.isEmpty()) {
                    if (event.allocatedAt() >= settledBefore) {
                        break scan; // a writer of a missing index may still be in flight
                    }
                    gaps.addAll(missing);
                    missing.clear();
                }
                digest = EventHashing.runningDigest(digest, index, event.hash());
                sealedThrough = index;
                if (++count >= maxEventsPerCheckpoint) {
                    break scan;
                }
            }
            next = to + 1;
        }
        if (count == 0) {
            return Optional.empty();
        }
        Checkpoint sealed = new Checkpoint(last.number() + 1, last.lastIndex() + 1, sealedThrough, digest,
                List.copyOf(gaps), count, Instant.now(clock).toString());
        try {
            checkpoints.insertOne(sealed.toDocument());
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty(); // another sealer wrote this checkpoint first
            }
            throw e;
        }
        counters.updateOne(eq("_id", POINTER_ID), set("number", sealed.number()), new UpdateOptions().upsert(true));
        return Optional.of(sealed);
    }

    /**
     * The newest checkpoint. The pointer is a hint written after each checkpoint; a checkpoint written just before
     * a crash is found by looking one number further.
     */
    Checkpoint lastCheckpoint() {
        Document pointer = counters.find(eq("_id", POINTER_ID)).first();
        long number = pointer == null ? 0 : ((Number) pointer.get("number")).longValue();
        Checkpoint last = number == 0 ? Checkpoint.GENESIS : checkpoint(number).orElse(Checkpoint.GENESIS);
        for (Optional<Checkpoint> later = checkpoint(last.number() + 1); later.isPresent();
             later = checkpoint(last.number() + 1)) {
            last = later.get();
        }
        return last;
    }

    /** The checkpoints with these numbers that exist, in number order. */
    List<Checkpoint> checkpoints(List<Long> numbers) {
        List<Checkpoint> found = new ArrayList<>();
        checkpoints.find(in("_id", numbers)).forEach(document -> found.add(Checkpoint.fromDocument(document)));
        found.sort(java.util.Comparator.comparingLong(Checkpoint::number));
        return found;
    }

    Optional<Checkpoint> checkpoint(long number) {
        return Optional.ofNullable(checkpoints.find(eq("_id", number)).first()).map(Checkpoint::fromDocument);
    }
}
