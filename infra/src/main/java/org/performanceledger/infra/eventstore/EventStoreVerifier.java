package org.performanceledger.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.performanceledger.application.audit.EventStoreVerification;
import org.performanceledger.application.audit.VerificationReport;
import org.performanceledger.application.audit.VerificationReport.Kind;
import org.performanceledger.application.audit.VerificationReport.Problem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.gt;

/**
 * Recomputes the whole event store from its contents: every event's hash, every aggregate's chain, and the running
 * digest at every checkpoint. Reads the global order in {@code $in} batches on {@code _id}, so its cost is linear
 * in the number of events and needs no other index.
 */
public class EventStoreVerifier implements EventStoreVerification {

    private static final int READ_BATCH = 1_000;

    private final LedgerEventStorageEngine engine;
    private final EventStoreSealer sealer;
    private final MongoCollection<Document> events;
    private final Clock clock;

    public EventStoreVerifier(MongoDatabase database, LedgerEventStorageEngine engine, EventStoreSealer sealer,
                              Clock clock) {
        this.engine = engine;
        this.sealer = sealer;
        this.events = database.getCollection(LedgerEventStorageEngine.EVENTS);
        this.clock = clock;
    }

    private record Link(long sequence, String hash, long globalIndex) {
    }

    @Override
    public VerificationReport verify() {
        long started = clock.millis();
        List<Checkpoint> checkpoints = allCheckpoints();
        long recorded = sealer.lastCheckpoint().number();
        if (checkpoints.size() < recorded) {
            long missing = LongStream.rangeClosed(1, recorded)
                    .filter(number -> checkpoints.size() < number || checkpoints.get((int) number - 1).number() != number)
                    .findFirst().orElse(recorded);
            return report(false, 0, EventHashing.GENESIS, 0, 0, 0, started, new Problem(0, null, null, Kind.DELETED,
                    "checkpoint " + missing + " of " + recorded + " is missing"));
        }
        long sealedThrough = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).lastIndex();
        long head = engine.highestAllocatedIndex();
        Map<String, Link> chains = new HashMap<>();
        String digest = EventHashing.GENESIS;
        long checked = 0;
        long verifiedThrough = 0;
        int checkpointAt = 0;
        Set<Long> sealedGaps = checkpoints.isEmpty() ? Set.of() : new HashSet<>(checkpoints.get(0).gaps());
        // A checkpoint whose digest differs is held back while the chains are checked further: a re-hashed event is
        // named precisely by its aggregate's next event, which may lie beyond the checkpoint.
        VerificationReport digestMismatch = null;
        long mismatchThrough = Long.MAX_VALUE;

        for (long from = 1; from <= head; from += READ_BATCH) {
            long to = Math.min(head, from + READ_BATCH - 1);
            NavigableMap<Long, StoredEvent> found = engine.byIndex(LongStream.rangeClosed(from, to).boxed().toList());
            for (long index = from; index <= to; index++) {
                Checkpoint checkpoint = checkpointAt < checkpoints.size() ? checkpoints.get(checkpointAt) : null;
                StoredEvent event = found.get(index);
                Problem problem = null;
                if (event == null) {
                    if (checkpoint != null && !sealedGaps.contains(index)) {
                        problem = new Problem(index, null, null, Kind.DELETED, "no event at this global index, but "
                                + "checkpoint " + checkpoint.number() + " sealed one here");
                    }
                } else {
                    problem = checkEvent(event, chains, checkpoint, sealedGaps);
                }
                if (problem != null) {
                    return digestMismatch != null && problem.globalIndex() > mismatchThrough ? digestMismatch
                            : report(false, Math.min(verifiedThrough, problem.globalIndex() - 1), digest,
                            sealedThrough, checked, checkpointAt, started, problem);
                }
                if (event == null) {
                    continue;
                }
                chains.put(event.aggregateId(), new Link(event.sequence(), event.hash(), index));
                digest = EventHashing.runningDigest(digest, index, event.hash());
                checked++;
                verifiedThrough = index;
                if (checkpoint != null && index == checkpoint.lastIndex()) {
                    if (!digest.equals(checkpoint.digest()) && digestMismatch == null) {
                        mismatchThrough = index;
                        digestMismatch = report(false, checkpoint.fromIndex() - 1, digest, sealedThrough, checked,
                                checkpointAt, started,
                                new Problem(index, event.aggregateId(), event.sequence(), Kind.REORDERED,
                                        "the running digest through checkpoint " + checkpoint.number()
                                                + " differs from the one sealed: events in global indexes "
                                                + checkpoint.fromIndex() + "-" + checkpoint.lastIndex()
                                                + " were reordered, replaced or re-hashed"));
                    }
                    checkpointAt++;
                    sealedGaps = checkpointAt < checkpoints.size()
                            ? new HashSet<>(checkpoints.get(checkpointAt).gaps()) : Set.of();
                }
            }
        }
        if (digestMismatch != null) {
            return digestMismatch;
        }
        if (checkpointAt < checkpoints.size()) {
            Checkpoint unreached = checkpoints.get(checkpointAt);
            return report(false, verifiedThrough, digest, sealedThrough, checked, checkpointAt, started,
                    new Problem(unreached.lastIndex(), null, null, Kind.DELETED, "checkpoint " + unreached.number()
                            + " seals global index " + unreached.lastIndex() + ", beyond the highest index allocated ("
                            + head + "): events and the counter were removed"));
        }
        Document beyond = events.find(gt("_id", head)).first();
        if (beyond != null) {
            StoredEvent extra = StoredEvent.fromDocument(beyond);
            return report(false, verifiedThrough, digest, sealedThrough, checked, checkpointAt, started,
                    new Problem(extra.globalIndex(), extra.aggregateId(), extra.sequence(), Kind.INSERTED,
                            "an event is stored beyond the highest global index ever allocated (" + head + ")"));
        }
        return report(true, verifiedThrough, digest, sealedThrough, checked, checkpointAt, started, null);
    }

    private static Problem checkEvent(StoredEvent event, Map<String, Link> chains, Checkpoint checkpoint,
                                      Set<Long> sealedGaps) {
        long index = event.globalIndex();
        if (checkpoint != null && sealedGaps.contains(index)) {
            return new Problem(index, event.aggregateId(), event.sequence(), Kind.INSERTED, "an event is stored at a "
                    + "global index that checkpoint " + checkpoint.number() + " sealed as unused");
        }
        if (!event.recomputedHash().equals(event.hash())) {
            return new Problem(index, event.aggregateId(), event.sequence(), Kind.ALTERED,
                    "the stored content does not match the event's hash (payload, metadata or another field changed)");
        }
        Link previous = chains.get(event.aggregateId());
        long expectedSequence = previous == null ? 0 : previous.sequence() + 1;
        if (event.sequence() > expectedSequence) {
            return new Problem(index, event.aggregateId(), event.sequence(), Kind.DELETED, "the aggregate's event "
                    + "at sequence " + expectedSequence + " is missing before this one");
        }
        if (event.sequence() < expectedSequence) {
            return new Problem(index, event.aggregateId(), event.sequence(), Kind.REORDERED, "sequence "
                    + event.sequence() + " comes after sequence " + previous.sequence()
                    + " (global index " + previous.globalIndex() + ") in the global order");
        }
        String expectedPrevious = previous == null ? EventHashing.GENESIS : previous.hash();
        if (!expectedPrevious.equals(event.previousHash())) {
            return previous == null
                    ? new Problem(index, event.aggregateId(), event.sequence(), Kind.INSERTED,
                    "the first event of the aggregate links to a predecessor that was never recorded")
                    : new Problem(previous.globalIndex(), event.aggregateId(), previous.sequence(), Kind.ALTERED,
                    "the event's hash no longer matches the link held by the aggregate's next event (global index "
                            + index + "): it was replaced or re-hashed");
        }
        return null;
    }

    private List<Checkpoint> allCheckpoints() {
        List<Checkpoint> all = new ArrayList<>();
        long last = sealer.lastCheckpoint().number();
        for (long from = 1; from <= last; from += READ_BATCH) {
            all.addAll(sealer.checkpoints(LongStream.rangeClosed(from, Math.min(last, from + READ_BATCH - 1))
                    .boxed().toList()));
        }
        return all;
    }

    private VerificationReport report(boolean intact, long verifiedThrough, String digest, long sealedThrough,
                                      long checked, long checkpointsChecked, long started, Problem problem) {
        return new VerificationReport(intact, verifiedThrough, digest, sealedThrough, checked, checkpointsChecked,
                clock.millis() - started, problem);
    }
}
