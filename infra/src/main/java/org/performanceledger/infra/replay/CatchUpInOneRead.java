package org.performanceledger.infra.replay;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Views found far behind the store when the ledger starts (a store restored or imported without its views, views
 * of a new shape, a node that was down while much was recorded) catch up with one reader for all of them, in long
 * batches as a rebuild reads, instead of each view's live processor reading the store on its own in short live
 * batches: a document that many events of a long batch touch is written once, and the store is read once.
 * <p>
 * Only views standing at the same position share a reader (views at different positions get one each), so no view
 * handles an event twice: a view's projection recognises an event handled again only among its latest ones (the
 * audit trail looks through its last pages).
 * <p>
 * The views' own token segments keep it safe beside other nodes. Before the live processors start, this node claims
 * each chosen view's segment in a name of its own, which its live processors do not take over; a view another node
 * holds is left to that node. While it reads, it stores its position in those segments every second, which also
 * keeps the claims alive; if this node stops, its claims lapse and the view's live processor, here or on another
 * node, goes on from the last position stored. At the head it stores the final position, releases the claims and
 * asks the live processors to take their views over: they handle only what is newer.
 */
final class CatchUpInOneRead {

    static final String PROCESSOR = "catch-up-in-one-read";
    private static final Logger log = LoggerFactory.getLogger(CatchUpInOneRead.class);
    private static final int SEGMENT = 0;
    private static final long KEEP_EVERY_MILLIS = 1_000;

    /** A view whose only segment this node claimed, and where it stood then (null: nothing built). */
    private record Claimed(Projections.View view, TrackingToken token) {

        long position() {
            return token == null ? -1 : token.position().orElse(-1);
        }
    }

    private final TokenStore tokens;
    private final LedgerEventStorageEngine store;
    private final List<Projections.View> views;
    /** Where the reader stands: stored after each batch's writes are flushed (FlushPendingWrites). */
    private final InMemoryTokenStore readerPosition = new InMemoryTokenStore();
    private final TrackingEventProcessor reader;
    private final Consumer<List<String>> handOver;
    private final Thread keeper;
    private volatile boolean stopping;
    private volatile boolean done;

    private CatchUpInOneRead(TokenStore tokens, EventStore eventStore, LedgerEventStorageEngine store,
                             List<Projections.View> views, TrackingToken from, int batchSize,
                             Consumer<List<String>> handOver) {
        this.tokens = tokens;
        this.store = store;
        this.views = views;
        this.handOver = handOver;
        this.reader = Projections.reader(PROCESSOR, views.stream()
                .<Object>map(view -> view.projectionFor().apply(view.live())).toList(), eventStore, readerPosition,
                batchSize, from);
        this.keeper = new Thread(this::keep, PROCESSOR);
        keeper.setDaemon(true);
    }

    /**
     * Claims the views of {@code candidates} that stand more than {@code batchSize} events behind the store and starts
     * reading for them: one reader for the views standing at the same position, so usually one for all.
     *
     * @param handOver told the views' names once their live processors may take them over
     * @return the catch-ups started; none when no view is that far behind
     */
    static List<CatchUpInOneRead> startIfFarBehind(TokenStore tokens, EventStore eventStore,
                                                   LedgerEventStorageEngine store, List<Projections.View> candidates,
                                                   int batchSize, Consumer<List<String>> handOver) {
        long head = store.highestAllocatedIndex();
        if (head < batchSize) {
            return List.of();
        }
        Map<Optional<TrackingToken>, List<Claimed>> farBehind = new LinkedHashMap<>();
        for (Projections.View view : candidates) {
            claim(tokens, view).ifPresent(claimed -> {
                if (head - claimed.position() > batchSize) {
                    farBehind.computeIfAbsent(Optional.ofNullable(claimed.token()), t -> new ArrayList<>())
                            .add(claimed);
                } else {
                    tokens.releaseClaim(view.processor(), SEGMENT);
                }
            });
        }
        List<CatchUpInOneRead> started = new ArrayList<>();
        farBehind.forEach((from, views) -> {
            CatchUpInOneRead catchUp = new CatchUpInOneRead(tokens, eventStore, store,
                    views.stream().map(Claimed::view).toList(), from.orElse(null), batchSize, handOver);
            catchUp.reader.start();
            catchUp.keeper.start();
            log.info("Catching {} up in one read from position {} to {}, in batches of {}", catchUp.names(),
                    views.get(0).position(), head, batchSize);
            started.add(catchUp);
        });
        return started;
    }

    /** The view's only segment, claimed for this node with where it stands; empty when another node holds it. */
    private static Optional<Claimed> claim(TokenStore tokens, Projections.View view) {
        String processor = view.processor();
        try {
            int[] segments = tokens.fetchSegments(processor);
            if (segments.length == 0) {
                tokens.initializeTokenSegments(processor, 1, null);
            } else if (segments.length != 1 || segments[0] != SEGMENT) {
                return Optional.empty();
            }
            return Optional.of(new Claimed(view, tokens.fetchToken(processor, SEGMENT)));
        } catch (UnableToClaimTokenException another) {
            // Another node created or holds it: that node builds it.
            return Optional.empty();
        }
    }

    List<String> names() {
        return views.stream().map(Projections.View::processor).toList();
    }

    boolean catchingUp(String processor) {
        return !done && names().contains(processor);
    }

    /** How far the reader has come: the position of the last event whose writes are stored. */
    OptionalLong position() {
        TrackingToken token = token();
        return token == null ? OptionalLong.empty() : token.position();
    }

    /** Stops reading; what is built stays, and the live processors go on from the last position stored. */
    void stop() {
        stopping = true;
        keeper.interrupt();
        try {
            keeper.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void keep() {
        try {
            while (!stopping) {
                Thread.sleep(KEEP_EVERY_MILLIS);
                OptionalLong position = position();
                if (position.isPresent() && position.getAsLong() >= store.highestAllocatedIndex()
                        || reachedTheHead()) {
                    break;
                }
                storePosition(token());
            }
        } catch (InterruptedException stopped) {
            // Stopping: the position is stored below.
        } catch (UnableToClaimTokenException lost) {
            // Only after a pause longer than a claim lasts: another node has taken a view over. Stop writing at once.
            log.warn("The catch-up of {} lost its claim ({}); the live processors go on from the last position "
                    + "stored", names(), lost.getMessage());
        } finally {
            reader.shutDown();
            finish();
        }
    }

    /** After the reader has stopped: its final position stored, the claims released, the views handed over. */
    private void finish() {
        TrackingToken last = token();
        for (String processor : names()) {
            try {
                if (last != null) {
                    tokens.storeToken(last, processor, SEGMENT);
                }
                tokens.releaseClaim(processor, SEGMENT);
            } catch (UnableToClaimTokenException lost) {
                log.warn("{} was taken over before the catch-up handed it over", processor);
            }
        }
        done = true;
        log.info("Caught {} up in one read to position {}; their live processors take over", names(),
                last == null ? "none" : last.position().orElse(-1));
        if (!stopping) {
            handOver.accept(names());
        }
    }

    private void storePosition(TrackingToken token) {
        for (String processor : names()) {
            if (token == null) {
                tokens.extendClaim(processor, SEGMENT);
            } else {
                tokens.storeToken(token, processor, SEGMENT);
            }
        }
    }

    /** The reader's position after its last batch's writes were flushed (null before its first batch). */
    private TrackingToken token() {
        try {
            return readerPosition.fetchToken(PROCESSOR, SEGMENT);
        } catch (UnableToClaimTokenException notYetStarted) {
            return null;
        }
    }

    /** The reader has found no further event: anything newer is the live processors' to handle, a batch at a time. */
    private boolean reachedTheHead() {
        EventTrackerStatus status = reader.processingStatus().get(SEGMENT);
        return status != null && status.isCaughtUp() && token() != null;
    }
}
