package org.performanceledger.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.performanceledger.infra.mongo.DurabilityBarrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

/**
 * The ledger's Axon event storage engine on MongoDB (design: docs/adr/0004).
 * <ul>
 *     <li>Each event gets a global index from {@link GlobalIndexAllocator}; a unit of work is one ordered
 *     {@code insertMany}; the unique {@code aggregateKey} turns a conflicting append into a
 *     {@link ConcurrencyException} with nothing stored.</li>
 *     <li>Processors track with Axon's {@link GapAwareTrackingToken}: a missing index is a gap, delivered once if it
 *     is filled, dropped once the event after it was allocated more than the gap window ago. A writer never
 *     inserts after half that window, so no event can arrive after its gap was dropped.</li>
 *     <li>Every read is an exact-key or {@code $in} lookup on {@code _id} or {@code aggregateKey}: index-served on
 *     MongoDB and the only lookups the embedded server answers without scanning.</li>
 *     <li>Each event carries the SHA-256 hash of its canonical form chained to its aggregate's previous event
 *     ({@link EventHashing}); {@link EventStoreSealer} and {@link EventStoreVerifier} build on it.</li>
 * </ul>
 */
public class LedgerEventStorageEngine implements EventStorageEngine {

    static final String EVENTS = "events";
    static final String COUNTERS = "event_counters";
    static final String SNAPSHOTS = "snapshots";
    /** An aggregate's first lookup: more than the snapshot threshold's worth of events after a snapshot is rare. */
    private static final int FIRST_BATCH = 64;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final GlobalIndexAllocator allocator;
    private final Serializer eventSerializer;
    private final Serializer snapshotSerializer;
    private final EventUpcaster upcasterChain;
    private final Clock clock;
    private final Duration gapWindow;
    private final int batchSize;
    private final DurabilityBarrier durabilityBarrier;

    public LedgerEventStorageEngine(MongoDatabase database, Serializer eventSerializer, Serializer snapshotSerializer,
                                    EventUpcaster upcasterChain, Clock clock, Duration gapWindow, int batchSize,
                                    DurabilityBarrier durabilityBarrier) {
        this.events = database.getCollection(EVENTS);
        this.snapshots = database.getCollection(SNAPSHOTS);
        this.events.createIndex(Indexes.ascending("aggregateKey"), new IndexOptions().unique(true));
        this.allocator = new GlobalIndexAllocator(database.getCollection(COUNTERS));
        this.eventSerializer = eventSerializer;
        this.snapshotSerializer = snapshotSerializer;
        this.upcasterChain = upcasterChain;
        this.clock = clock;
        this.gapWindow = gapWindow;
        this.batchSize = batchSize;
        this.durabilityBarrier = durabilityBarrier;
    }

    // ---- appending ---------------------------------------------------------------------------------------------

    @Override
    public void appendEvents(List<? extends EventMessage<?>> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<Serialized> serialized = messages.stream().map(this::serialized).toList();
        long first = allocator.allocate(messages.size());
        long allocatedAt = clock.millis();
        Map<String, String> lastHash = previousHashes(messages);
        List<Document> documents = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            StoredEvent event = toStoredEvent(messages.get(i), serialized.get(i), first + i, allocatedAt, lastHash);
            lastHash.put(event.aggregateId(), event.hash());
            documents.add(event.toDocument());
        }
        if (clock.millis() - allocatedAt > gapWindow.toMillis() / 2) {
            // Past half the window, a tracking processor may soon drop these indexes as gaps: storing them now could
            // hide them from projections. Refuse instead; the command fails and nothing is stored.
            throw new EventStoreException("Appending " + messages.size() + " events took longer than half the gap "
                    + "window (" + gapWindow + "); nothing was stored");
        }
        insert(documents);
        // Axon appends in prepare-commit, before the command is answered: once this returns, the events are durable.
        durabilityBarrier.flush();
    }

    private void insert(List<Document> documents) {
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            // Take back whatever of this unit of work went in (only one spanning several aggregates can fail after
            // its first document), so no partial unit of work stays visible. These indexes are ours alone.
            events.deleteMany(in("_id", documents.stream().map(document -> document.get("_id")).toList()));
            if (e.getWriteErrors().stream().anyMatch(error ->
                    ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                Document conflicting = documents.get(e.getWriteErrors().get(0).getIndex());
                throw new ConcurrencyException("An event for aggregate [" + conflicting.getString("aggregateId")
                        + "] at sequence number [" + conflicting.get("sequence")
                        + "] was already stored: someone else changed it concurrently", e);
            }
            throw new EventStoreException("Storing events failed; nothing was stored", e);
        }
    }

    /** The hash each aggregate's chain continues from: one {@code $in} lookup for all aggregates in the batch. */
    private Map<String, String> previousHashes(List<? extends EventMessage<?>> messages) {
        Map<String, String> firstKeyToAggregate = new LinkedHashMap<>();
        Map<String, String> lastHash = new HashMap<>();
        for (EventMessage<?> message : messages) {
            String aggregateId = aggregateId(message);
            long sequence = sequence(message);
            if (lastHash.containsKey(aggregateId) || firstKeyToAggregate.containsValue(aggregateId)) {
                continue;
            }
            if (sequence == 0) {
                lastHash.put(aggregateId, EventHashing.GENESIS);
            } else {
                firstKeyToAggregate.put(StoredEvent.aggregateKey(aggregateId, sequence - 1), aggregateId);
            }
        }
        if (!firstKeyToAggregate.isEmpty()) {
            for (Document previous : events.find(in("aggregateKey", firstKeyToAggregate.keySet()))) {
                lastHash.put(previous.getString("aggregateId"), previous.getString("hash"));
            }
            firstKeyToAggregate.values().stream().filter(id -> !lastHash.containsKey(id)).findFirst()
                    .ifPresent(id -> {
                        throw new EventStoreException("The event before the first new event of aggregate [" + id
                                + "] is not stored: sequence numbers must be contiguous");
                    });
        }
        return lastHash;
    }

    /** An event's payload and metadata as they will be stored and hashed. */
    private record Serialized(SerializedObject<String> payload, SerializedObject<String> metaData) {
    }

    /**
     * Serialises an event and refuses it, before any index is allocated, when what would be stored could not be read
     * back as it was hashed (text that is not well-formed Unicode cannot be written as UTF-8): the hash must cover
     * exactly what is stored, or verification would later report the event altered.
     */
    private Serialized serialized(EventMessage<?> message) {
        Serialized serialized = new Serialized(message.serializePayload(eventSerializer, String.class),
                message.serializeMetaData(eventSerializer, String.class));
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
        if (!utf8.canEncode(serialized.payload().getData()) || !utf8.canEncode(serialized.metaData().getData())) {
            throw new EventStoreException("Event " + message.getIdentifier() + " ("
                    + message.getPayloadType().getSimpleName() + ") holds text that is not well-formed Unicode and "
                    + "could not be stored as it is hashed; nothing was stored");
        }
        return serialized;
    }

    private StoredEvent toStoredEvent(EventMessage<?> message, Serialized serialized, long globalIndex,
                                      long allocatedAt, Map<String, String> lastHash) {
        String aggregateId = aggregateId(message);
        long sequence = sequence(message);
        String aggregateType = message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        SerializedObject<String> payload = serialized.payload();
        SerializedObject<String> metaData = serialized.metaData();
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(message.getTimestamp());
        String previousHash = lastHash.get(aggregateId);
        String hash = EventHashing.eventHash(previousHash, aggregateId, sequence, aggregateType,
                message.getIdentifier(), timestamp, payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), metaData.getData());
        return new StoredEvent(globalIndex, aggregateId, sequence, aggregateType, message.getIdentifier(),
                timestamp, payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                metaData.getData(), allocatedAt, previousHash, hash);
    }

    /** An event published outside any aggregate is stored as the only event of a stream named by its id. */
    private static String aggregateId(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : message.getIdentifier();
    }

    private static long sequence(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
    }

    // ---- aggregates and snapshots ------------------------------------------------------------------------------

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        List<GenericDomainEventEntry<String>> entries = new ArrayList<>();
        for (StoredEvent event : aggregateEvents(aggregateIdentifier, firstSequenceNumber)) {
            entries.add(event.toEntry());
        }
        return EventStreamUtils.upcastAndDeserializeDomainEvents(entries.stream(), eventSerializer, upcasterChain);
    }

    /**
     * An aggregate's events from a sequence number on, fetched by key: first {@value #FIRST_BATCH} keys (after a
     * snapshot an aggregate rarely has more events than the snapshot threshold), then {@code batchSize} at a time.
     */
    List<StoredEvent> aggregateEvents(String aggregateIdentifier, long firstSequenceNumber) {
        List<StoredEvent> found = new ArrayList<>();
        long from = firstSequenceNumber;
        while (true) {
            int size = from == firstSequenceNumber ? Math.min(batchSize, FIRST_BATCH) : batchSize;
            List<String> keys = LongStream.range(from, from + size)
                    .mapToObj(sequence -> StoredEvent.aggregateKey(aggregateIdentifier, sequence)).toList();
            List<StoredEvent> batch = new ArrayList<>();
            events.find(in("aggregateKey", keys)).forEach(document -> batch.add(StoredEvent.fromDocument(document)));
            batch.sort(Comparator.comparingLong(StoredEvent::sequence));
            found.addAll(batch);
            if (batch.size() < size) {
                return found;
            }
            from += size;
        }
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long from = readSnapshotSequence(aggregateIdentifier).orElse(0L);
        List<StoredEvent> tail = aggregateEvents(aggregateIdentifier, from);
        return tail.isEmpty() ? (from == 0 ? Optional.empty() : Optional.of(from))
                : Optional.of(tail.get(tail.size() - 1).sequence());
    }

    private Optional<Long> readSnapshotSequence(String aggregateIdentifier) {
        return Optional.ofNullable(snapshots.find(eq("_id", aggregateIdentifier)).first())
                .map(snapshot -> ((Number) snapshot.get("sequence")).longValue());
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        SerializedObject<String> payload = snapshot.serializePayload(snapshotSerializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(snapshotSerializer, String.class);
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("sequence", snapshot.getSequenceNumber())
                .append("aggregateType", snapshot.getType())
                .append("eventId", snapshot.getIdentifier())
                .append("timestamp", DateTimeFormatter.ISO_INSTANT.format(snapshot.getTimestamp()))
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
        try {
            // Only ever replace an older snapshot: with a newer one in place the filter misses and the upsert's
            // insert collides on _id, which is the answer "keep the newer one".
            snapshots.replaceOne(and(eq("_id", snapshot.getAggregateIdentifier()),
                    lt("sequence", snapshot.getSequenceNumber())), document, new ReplaceOptions().upsert(true));
            durabilityBarrier.flush();
        } catch (MongoWriteException newerSnapshotExists) {
            if (ErrorCategory.fromErrorCode(newerSnapshotExists.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw newerSnapshotExists;
            }
        }
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq("_id", aggregateIdentifier)).first();
        if (snapshot == null) {
            return Optional.empty();
        }
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>(snapshot.getString("aggregateType"),
                aggregateIdentifier, ((Number) snapshot.get("sequence")).longValue(), snapshot.getString("eventId"),
                snapshot.getString("timestamp"), snapshot.getString("payloadType"),
                snapshot.getString("payloadRevision"), snapshot.getString("payload"), snapshot.getString("metaData"));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), snapshotSerializer,
                        NoOpEventUpcaster.INSTANCE)
                .asStream().findFirst().map(message -> (DomainEventMessage<?>) message);
    }

    // ---- tracking ----------------------------------------------------------------------------------------------

    /**
     * Every event after {@code trackingToken} up to the head, read {@code batchSize} at a time as the stream is
     * consumed. One stream serves a processor until it reaches the head: Axon's event store otherwise switches a
     * consumer between its own stream and the shared cache at the end of every stream, searching the cache each time
     * (a fifth of a rebuild's time, JFR).
     */
    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
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

    /**
     * The events stored in a range of the global order, upcast and deserialized, in order. Unused indexes are simply
     * absent. Reads {@code $in} batches on {@code _id}, so a page costs the same however large the store.
     */
    public List<IndexedEvent> readGlobalRange(long fromInclusive, long toInclusive) {
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

    /** The highest global index handed out: the head of the store for anyone following it. */
    public long highestAllocatedIndex() {
        return allocator.highestAllocated();
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(highestStoredIndex(), Set.of());
    }

    /** The highest index with a stored event, looking down from the highest allocated one. */
    private long highestStoredIndex() {
        long top = allocator.highestAllocated();
        while (top > 0) {
            long bottom = Math.max(1, top - 63);
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
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
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
        for (long start = from; start <= limit; start += 64) {
            NavigableMap<Long, StoredEvent> window =
                    byIndex(LongStream.rangeClosed(start, Math.min(limit, start + 63)).boxed().toList());
            if (!window.isEmpty()) {
                return Optional.of(window.firstEntry().getValue());
            }
        }
        return Optional.empty();
    }
}
