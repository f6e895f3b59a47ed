package org.performanceledger.infra.eventstore;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static com.mongodb.client.model.Filters.in;

/**
 * The event store read in its global order (ADR 4): what tracking processors follow, with Axon's
 * {@link GapAwareTrackingToken}; ranges of it for verification and sealing; its head; the position at a moment.
 * <p>
 * A missing index is a gap, delivered once if it is filled and dropped once the event after it was allocated more
 * than the gap window ago ({@link LedgerEventStorageEngine} refuses to insert after half that window, so no event
 * can arrive after its gap was dropped). Every read is a {@code $in} lookup on {@code _id}, so a batch costs the
 * same however large the store.
 */
final class GlobalOrder {

    /** Indexes looked at per lookup when searching for the next or last stored event. */
    private static final int WINDOW = 64;

    private final MongoCollection<Document> events;
    private final GlobalIndexAllocator allocator;
    private final Serializer eventSerializer;
    private final EventUpcaster upcasterChain;
    private final Clock clock;
    private final Duration gapWindow;
    private final int batchSize;

    GlobalOrder(MongoCollection<Document> events, GlobalIndexAllocator allocator, Serializer eventSerializer,
                EventUpcaster upcasterChain, Clock clock, Duration gapWindow, int batchSize) {
        this.events = events;
        this.allocator = allocator;
        this.eventSerializer = eventSerializer;
        this.upcasterChain = upcasterChain;
        this.clock = clock;
        this.gapWindow = gapWindow;
        this.batchSize = batchSize;
    }

    /**
     * Every event after {@code trackingToken} up to the head, read {@code batchSize} at a time as the stream is
     * consumed. One stream serves a processor until it reaches the head: Axon's event store otherwise switches a
     * consumer between its own stream and the shared cache at the end of every stream, searching the cache each time
     * (a fifth of a rebuild's time, JFR).
     */
    Stream<TrackedEventMessage<?>> track(TrackingToken trackingToken) {
        Iterator<TrackedEventMessage<?>> batches = new Iterator<>() {
            private GapAwareTrackingToken position = trackingToken == null
                    ? GapAwareTrackingToken.newInstance(0, Set.of()) : (GapAwareTrackingToken) trackingToken;
            private Iterator<TrackedEventMessage<?>> batch = Collections.emptyIterator();
            private boolean atHead;

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && !atHead) {
                    List<TrackedEventMessage<?>> next = readBatch(position);
                    atHead = next.isEmpty();
                    batch = next.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public TrackedEventMessage<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TrackedEventMessage<?> event = batch.next();
                position = (GapAwareTrackingToken) event.trackingToken();
                return event;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * The next batch after {@code start}: its gaps and the next {@code batchSize} indexes. Indexes a failed unit of
     * work left unused can be more than a batch; past such a hole the next stored event is looked for, and once it
     * was allocated longer than the gap window ago, the hole is expired and read past.
     */
    private List<TrackedEventMessage<?>> readBatch(GapAwareTrackingToken start) {
        long highest = allocator.highestAllocated();
        long upper = Math.min(start.getIndex() + batchSize, highest);
        List<Long> candidates = new ArrayList<>(start.getGaps());
        LongStream.rangeClosed(start.getIndex() + 1, upper).forEach(candidates::add);
        if (candidates.isEmpty()) {
            return List.of();
        }
        NavigableMap<Long, StoredEvent> found = byIndex(candidates);
        if (found.isEmpty() && upper < highest) {
            Optional<StoredEvent> beyond = firstStoredFrom(upper + 1, highest);
            if (beyond.isEmpty() || beyond.get().allocatedAt() >= clock.millis() - gapWindow.toMillis()) {
                return List.of();
            }
            long next = beyond.get().globalIndex();
            LongStream.rangeClosed(next, Math.min(next + batchSize - 1, highest)).forEach(candidates::add);
            found = byIndex(candidates);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> expired = expiredGaps(start, found, gapsOnceAdvancedTo(start, found));
        GapAwareTrackingToken token = start;
        List<TrackedDomainEventData<String>> batch = new ArrayList<>(found.size());
        for (StoredEvent event : found.values()) {
            token = token.advanceTo(event.globalIndex(), Integer.MAX_VALUE);
            batch.add(new TrackedDomainEventData<>(withoutGaps(token, expired), event.toEntry()));
        }
        return EventUtils.upcastAndDeserializeTrackedEvents(batch.stream(), eventSerializer, upcasterChain)
                .collect(Collectors.toList());
    }

    /** Every gap the token will hold after this batch: old gaps not filled, plus indexes skipped by it. */
    private static Set<Long> gapsOnceAdvancedTo(GapAwareTrackingToken start, NavigableMap<Long, StoredEvent> found) {
        Set<Long> gaps = new TreeSet<>(start.getGaps());
        for (long index = start.getIndex() + 1; index < found.lastKey(); index++) {
            gaps.add(index);
        }
        gaps.removeAll(found.keySet());
        return gaps;
    }

    /**
     * Gaps whose writer has had the whole window: an event allocated after the gap was allocated more than
     * {@code gapWindow} ago (allocation is ordered, so the gap is at least that old).
     */
    private Set<Long> expiredGaps(GapAwareTrackingToken start, NavigableMap<Long, StoredEvent> found,
                                  Set<Long> gaps) {
        if (gaps.isEmpty()) {
            return Set.of();
        }
        // Gaps inside this batch have their nearest later event in it. Older gaps need a look just above them, and at
        // the token's own event, which exists: the nearest later event known decides (later ones only wait longer).
        NavigableMap<Long, StoredEvent> known = new TreeMap<>(found);
        List<Long> lookups = new ArrayList<>();
        for (long gap : gaps) {
            if (gap < start.getIndex()) {
                LongStream.rangeClosed(gap + 1, gap + 8).forEach(lookups::add);
            }
        }
        if (!lookups.isEmpty()) {
            lookups.add(start.getIndex());
            known.putAll(byIndex(lookups));
        }
        long deadline = clock.millis() - gapWindow.toMillis();
        Set<Long> expired = new TreeSet<>();
        for (long gap : gaps) {
            Map.Entry<Long, StoredEvent> later = known.higherEntry(gap);
            if (later != null && later.getValue().allocatedAt() < deadline) {
                expired.add(gap);
            }
        }
        return expired;
    }

    private static GapAwareTrackingToken withoutGaps(GapAwareTrackingToken token, Set<Long> expired) {
        if (expired.isEmpty() || token.getGaps().stream().noneMatch(expired::contains)) {
            return token;
        }
        Set<Long> kept = new TreeSet<>(token.getGaps());
        kept.removeAll(expired);
        return GapAwareTrackingToken.newInstance(token.getIndex(), kept);
    }

    /** The events stored in a range of the global order, upcast and deserialized, in order; unused ones absent. */
    List<IndexedEvent> range(long fromInclusive, long toInclusive) {
        List<IndexedEvent> result = new ArrayList<>();
        for (long from = fromInclusive; from <= toInclusive; from += batchSize) {
            NavigableMap<Long, StoredEvent> found = byIndex(
                    LongStream.rangeClosed(from, Math.min(toInclusive, from + batchSize - 1)).boxed().toList());
            Map<String, Long> indexByEventId = new HashMap<>();
            found.values().forEach(event -> indexByEventId.put(event.eventId(), event.globalIndex()));
            EventStreamUtils.upcastAndDeserializeDomainEvents(found.values().stream().map(StoredEvent::toEntry),
                            eventSerializer, upcasterChain).asStream()
                    .forEach(message -> result.add(new IndexedEvent(indexByEventId.get(message.getIdentifier()),
                            message)));
        }
        return result;
    }

    /** Events stored under the given global indexes, in index order; absent indexes are simply not there. */
    NavigableMap<Long, StoredEvent> byIndex(Collection<Long> indexes) {
        NavigableMap<Long, StoredEvent> found = new TreeMap<>();
        events.find(in("_id", indexes)).forEach(document -> {
            StoredEvent event = StoredEvent.fromDocument(document);
            found.put(event.globalIndex(), event);
        });
        return found;
    }

    /** The highest index with a stored event, looking down from the highest allocated one. */
    long highestStoredIndex() {
        long top = allocator.highestAllocated();
        while (top > 0) {
            long bottom = Math.max(1, top - (WINDOW - 1));
            NavigableMap<Long, StoredEvent> window = byIndex(LongStream.rangeClosed(bottom, top).boxed().toList());
            if (!window.isEmpty()) {
                return window.lastKey();
            }
            top = bottom - 1;
        }
        return 0;
    }

    /**
     * The position just before the first event recorded at or after {@code dateTime}: a binary search over the
     * global index with point lookups, as recording times grow with the index.
     */
    GapAwareTrackingToken tokenAt(Instant dateTime) {
        long low = 1;
        long high = highestStoredIndex();
        long firstAtOrAfter = high + 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            Optional<StoredEvent> probe = firstStoredFrom(middle, high);
            if (probe.isEmpty()) {
                high = middle - 1;
            } else if (!Instant.parse(probe.get().timestamp()).isBefore(dateTime)) {
                firstAtOrAfter = probe.get().globalIndex();
                high = middle - 1;
            } else {
                low = probe.get().globalIndex() + 1;
            }
        }
        return GapAwareTrackingToken.newInstance(firstAtOrAfter - 1, Set.of());
    }

    private Optional<StoredEvent> firstStoredFrom(long from, long limit) {
        for (long start = from; start <= limit; start += WINDOW) {
            NavigableMap<Long, StoredEvent> window =
                    byIndex(LongStream.rangeClosed(start, Math.min(limit, start + WINDOW - 1)).boxed().toList());
            if (!window.isEmpty()) {
                return Optional.of(window.firstEntry().getValue());
            }
        }
        return Optional.empty();
    }
}
