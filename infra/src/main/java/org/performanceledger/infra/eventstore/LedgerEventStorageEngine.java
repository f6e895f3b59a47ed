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
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

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
 *     <li>Processors track with Axon's {@link GapAwareTrackingToken} ({@link GlobalOrder}): a missing index is a
 *     gap, delivered once if it is filled, dropped once the event after it was allocated more than the gap window
 *     ago. A writer never inserts after half that window, so no event can arrive after its gap was dropped.</li>
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
    private final GlobalOrder globalOrder;

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
        this.globalOrder = new GlobalOrder(events, allocator, eventSerializer, upcasterChain, clock, gapWindow,
                batchSize);
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

    // ---- the global order (GlobalOrder) -------------------------------------------------------------------------

    /** Every event after {@code trackingToken} up to the head, read a batch at a time (see {@link GlobalOrder}). */
    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return globalOrder.track(trackingToken);
    }

    /**
     * The events stored in a range of the global order, upcast and deserialized, in order. Unused indexes are simply
     * absent. Reads {@code $in} batches on {@code _id}, so a page costs the same however large the store.
     */
    public List<IndexedEvent> readGlobalRange(long fromInclusive, long toInclusive) {
        return globalOrder.range(fromInclusive, toInclusive);
    }

    /** Events stored under the given global indexes, in index order; absent indexes are simply not there. */
    NavigableMap<Long, StoredEvent> byIndex(Collection<Long> indexes) {
        return globalOrder.byIndex(indexes);
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
        return GapAwareTrackingToken.newInstance(globalOrder.highestStoredIndex(), Set.of());
    }

    /** The position just before the first event recorded at or after {@code dateTime}. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return globalOrder.tokenAt(dateTime);
    }
}
