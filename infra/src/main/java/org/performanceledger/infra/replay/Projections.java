package org.performanceledger.infra.replay;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;
import org.performanceledger.application.views.ViewAdministration;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.FlushPendingWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The projections' event processors: where each stands, and rebuilding their views from the event store.
 * <p>
 * A rebuild leaves the live view answering: a second processor replays every event from the start of the store
 * into the view's other generation of collections ({@link ViewStore}). When it has caught up, the live processor
 * pauses, the rebuild takes in the last events, every reader and the live writer switch to the rebuilt generation at
 * once, and the live processor resumes where it paused (re-handling a few events changes nothing: every projection
 * is idempotent). The old generation is left as it was until the next rebuild clears and reuses it.
 */
public class Projections implements ViewAdministration, AutoCloseable {

    private static final String REBUILD_NAME = "-rebuild";
    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    /**
     * A view the ledger can rebuild.
     *
     * @param processor     the name of its event processor (its processing group)
     * @param live          where the live view is, shared by its projection and its readers
     * @param projectionFor makes a projection instance writing to a given generation
     * @param collections   its collections' names
     */
    public record View(String processor, ViewStore live, Function<ViewStore, Object> projectionFor,
                       List<String> collections) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final LedgerEventStorageEngine store;
    private final Map<String, View> views = new TreeMap<>();
    private final Map<String, TrackingEventProcessor> rebuilding = new ConcurrentHashMap<>();
    /**
     * Each live processor's position when it last held its segments: while it is paused for a switch-over, or has
     * just started again and not yet claimed them, it reports none, and its position is still this, not 0.
     */
    private final Map<String, Long> lastKnown = new ConcurrentHashMap<>();
    private final int batchSize;
    private final Function<String, OptionalLong> storedPositions;
    private final TokenStore tokens;
    /** The catch-ups in one read of views found far behind at start ({@link CatchUpInOneRead}). */
    private volatile List<CatchUpInOneRead> catchUps = List.of();

    /**
     * @param batchSize       events per batch of a rebuild: each batch is one bulk write per collection it touches
     * @param storedPositions how far another node has built a processor's view (several nodes on one MongoDB):
     *                        its stored position while another node holds all its segments, else empty
     * @param tokens          where the live processors keep their positions, claiming in a name of its own: a
     *                        view caught up in one read is claimed so that its live processor keeps off
     */
    public Projections(EventProcessingConfiguration processing, EventStore eventStore, LedgerEventStorageEngine store,
                       List<View> views, int batchSize, Function<String, OptionalLong> storedPositions,
                       TokenStore tokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.store = store;
        this.batchSize = batchSize;
        this.storedPositions = storedPositions;
        this.tokens = tokens;
        views.forEach(view -> this.views.put(view.processor(), view));
    }

    @Override
    public Optional<Object> takenIn(String name) {
        StreamingEventProcessor processor = processors().get(name);
        if (processor == null || rebuilding.containsKey(name)) {
            return Optional.empty();
        }
        Map<Integer, EventTrackerStatus> segments = new TreeMap<>(processor.processingStatus());
        List<Object> tokens = new ArrayList<>();
        for (EventTrackerStatus segment : segments.values()) {
            if (segment.getTrackingToken() == null) {
                return Optional.empty();
            }
            tokens.add(segment.getTrackingToken());
        }
        // No segment here: paused for a switch-over, or held by another node; what it has taken in is not known.
        return tokens.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(tokens));
    }

    @Override
    public List<ViewStatus> status() {
        long head = store.highestAllocatedIndex();
        List<ViewStatus> statuses = new ArrayList<>();
        processors().forEach((name, processor) -> {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            long position;
            boolean caughtUp;
            boolean builtElsewhere = false;
            Optional<CatchUpInOneRead> building = catchingUp(name);
            if (building.isPresent()) {
                // Caught up by this node's one reader, which holds the view's segment until it hands it over.
                position = building.get().position().orElse(0);
                caughtUp = false;
            } else if (segments.isEmpty()) {
                // This node holds none of the view's segments: another node holds them (several nodes on one
                // MongoDB), and its stored position says how far the view is built; or this node is paused for a
                // switch-over or claiming them again, and the view is where this node last saw it (not 0: not the
                // whole store behind), and not caught up until it holds them.
                OptionalLong stored = storedPositions.apply(name);
                position = stored.orElse(lastKnown.getOrDefault(name, 0L));
                builtElsewhere = stored.isPresent();
                caughtUp = builtElsewhere && position >= head;
            } else {
                position = position(processor);
                lastKnown.put(name, position);
                caughtUp = position >= head && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
            }
            TrackingEventProcessor rebuild = rebuilding.get(name);
            statuses.add(new ViewStatus(name, processor.isRunning(), segments.size(), position, head,
                    Math.max(0, head - position), rebuild != null, rebuild == null ? null : position(rebuild),
                    caughtUp && rebuild == null, builtElsewhere));
        });
        statuses.sort(Comparator.comparing(ViewStatus::name));
        return statuses;
    }

    /**
     * Starts rebuilding one view, or every view when {@code name} is null; returns the views being rebuilt. The
     * views rebuilt together share one processor, so the store is read once for all of them.
     */
    @Override
    public List<String> rebuild(String name) {
        if (name != null && !views.containsKey(name)) {
            throw LedgerRejection.viewNotFound(name, views.keySet());
        }
        Map<View, ViewStore> targets = new LinkedHashMap<>();
        List<String> beingCaughtUp = new ArrayList<>();
        synchronized (rebuilding) {
            for (View view : views.values()) {
                if (name != null && !name.equals(view.processor()) || rebuilding.containsKey(view.processor())) {
                    continue;
                }
                if (catchingUp(view.processor()).isPresent()) {
                    // Already being caught up from the first event or far behind, in one read.
                    beingCaughtUp.add(view.processor());
                } else {
                    targets.put(view, view.live().otherGeneration());
                }
            }
            if (targets.isEmpty()) {
                return beingCaughtUp;
            }
            TrackingEventProcessor rebuild = startRebuild(name == null ? "all" : name, targets);
            targets.keySet().forEach(view -> rebuilding.put(view.processor(), rebuild));
            Thread swapper = new Thread(() -> finish(targets, rebuild), "rebuild-" + (name == null ? "all" : name));
            swapper.setDaemon(true);
            swapper.start();
        }
        return Stream.concat(beingCaughtUp.stream(), targets.keySet().stream().map(View::processor))
                .toList();
    }

    /** True while a view is being rebuilt, or caught up in one read. */
    public boolean rebuilding() {
        return !rebuilding.isEmpty() || views.keySet().stream().anyMatch(name -> catchingUp(name).isPresent());
    }

    /**
     * Before the live processors start: views far behind the store are caught up by one reader in long batches
     * ({@link CatchUpInOneRead}; one reader for the views at the same position) and handed to their live processors
     * at the head.
     */
    public void catchUpViewsFarBehind() {
        catchUps = CatchUpInOneRead.startIfFarBehind(tokens, eventStore, store, List.copyOf(views.values()), batchSize,
                this::takeOver);
    }

    /** The catch-up in one read now reading for the view, if one is. */
    private Optional<CatchUpInOneRead> catchingUp(String name) {
        return catchUps.stream().filter(catchUp -> catchUp.catchingUp(name)).findFirst();
    }

    /** The views this node caught up in one read since it started, by name (empty when none). */
    public List<String> caughtUpInOneRead() {
        return catchUps.stream().flatMap(catchUp -> catchUp.names().stream()).sorted().toList();
    }

    /** The live processors claim the views the catch-up has handed over now, not at their next look. */
    private void takeOver(List<String> names) {
        Map<String, StreamingEventProcessor> live = processors();
        names.stream().map(live::get).filter(processor -> processor != null && processor.isRunning())
                .forEach(processor -> processor.claimSegment(0));
    }

    /** Stops a catch-up still running; what it has built stays, and its position is stored. */
    @Override
    public void close() {
        catchUps.forEach(CatchUpInOneRead::stop);
    }

    private TrackingEventProcessor startRebuild(String name, Map<View, ViewStore> targets) {
        List<Object> projections = new ArrayList<>();
        targets.forEach((view, target) -> {
            target.drop(view.collections());
            projections.add(view.projectionFor().apply(target));
        });
        TrackingEventProcessor rebuild = reader(name + REBUILD_NAME, projections, eventStore, new InMemoryTokenStore(),
                batchSize, null);
        rebuild.start();
        log.info("Rebuilding {} from the start of the event store",
                targets.keySet().stream().map(View::processor).toList());
        return rebuild;
    }

    /**
     * One reader of the event store for several projections, in batches of {@code batchSize}, from {@code from} (null:
     * the first event), keeping its position in {@code positions}; each batch's writes are stored before its position
     * ({@link FlushPendingWrites}). What a rebuild and a catch-up in one read both read with.
     */
    static TrackingEventProcessor reader(String name, List<Object> projections, EventStore eventStore,
                                         InMemoryTokenStore positions, int batchSize, TrackingToken from) {
        TrackingEventProcessor reader = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(projections).build())
                .messageSource(eventStore)
                .tokenStore(positions)
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(batchSize).andInitialTrackingToken(source -> from))
                .build();
        reader.registerHandlerInterceptor(new FlushPendingWrites());
        return reader;
    }

    private void finish(Map<View, ViewStore> targets, TrackingEventProcessor rebuild) {
        try {
            awaitHead(rebuild);
            List<StreamingEventProcessor> live = targets.keySet().stream()
                    .map(view -> processors().get(view.processor())).toList();
            // Where each stops: what the page shows while it is paused, not 0.
            processors().forEach((name, processor) -> {
                if (targets.keySet().stream().anyMatch(view -> view.processor().equals(name))
                        && !processor.processingStatus().isEmpty()) {
                    lastKnown.put(name, position(processor));
                }
            });
            live.forEach(StreamingEventProcessor::shutDown);
            awaitHead(rebuild);
            rebuild.shutDown();
            // The old generation stays until the next rebuild clears it: a reader that looked it up just before the
            // switch still finds it whole.
            targets.forEach((view, target) -> view.live().switchTo(target));
            live.forEach(StreamingEventProcessor::start);
            log.info("Rebuilt and switched over: {}", targets.keySet().stream().map(View::processor).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            targets.keySet().forEach(view -> rebuilding.remove(view.processor()));
        }
    }

    private void awaitHead(TrackingEventProcessor processor) throws InterruptedException {
        long head = store.highestAllocatedIndex();
        while (position(processor) < head || processor.processingStatus().isEmpty()) {
            Thread.sleep(100);
        }
    }

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    private Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streamingProcessor && views.containsKey(name)) {
                streaming.put(name, streamingProcessor);
            }
        });
        return streaming;
    }
}
