package org.performanceledger.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.IndicatorDefinition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.performanceledger.infra.eventstore.EventStoreFixture.event;

class LedgerEventStorageEngineTest {

    private final EventStoreFixture store = new EventStoreFixture(4);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyEventGetsTheNextGlobalIndexAndEachUnitOfWorkIsFlushedOnce() {
        store.engine.appendEvents(List.of(event("A", 0), event("A", 1)));
        store.engine.appendEvents(List.of(event("B", 0)));

        assertThat(store.events().find().map(d -> d.get("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(store.flushes).isEqualTo(2);
        assertThat(store.readAllFrom(null)).extracting(m -> ((GapAwareTrackingToken) m.trackingToken()).getIndex())
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAggregateLoadsInSequenceFromAnyPointAcrossLookupBatches() {
        for (int sequence = 0; sequence < 10; sequence++) {
            store.engine.appendEvents(List.of(event("A", sequence), event("B", sequence)));
        }

        assertThat(store.engine.readEvents("A", 0).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(store.engine.readEvents("B", 7).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(7L, 8L, 9L);
        assertThat(store.engine.lastSequenceNumberFor("A")).contains(9L);
        assertThat(store.engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void anAggregateLongerThanTheFirstLookupLoadsWhole() {
        List<org.axonframework.eventhandling.EventMessage<?>> events = new java.util.ArrayList<>();
        for (int sequence = 0; sequence < 150; sequence++) {
            events.add(event("Long", sequence));
        }
        store.engine.appendEvents(events);

        assertThat(store.engine.readEvents("Long", 0).asStream().count()).isEqualTo(150);
        assertThat(store.engine.readEvents("Long", 70).asStream().map(DomainEventMessage::getSequenceNumber)
                .findFirst()).contains(70L);
        assertThat(store.engine.lastSequenceNumberFor("Long")).contains(149L);
    }

    @Test
    void aConflictingAppendRaisesAConcurrencyExceptionAndStoresNothing() {
        store.engine.appendEvents(List.of(event("A", 0), event("A", 1)));

        assertThatThrownBy(() -> store.engine.appendEvents(List.of(event("A", 1), event("A", 2))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(store.events().countDocuments()).isEqualTo(2);
        assertThat(store.engine.readEvents("A", 0).asStream().count()).isEqualTo(2);
    }

    @Test
    void aUnitOfWorkAcrossAggregatesThatConflictsHalfwayLeavesNothingBehind() {
        store.engine.appendEvents(List.of(event("B", 0)));

        assertThatThrownBy(() -> store.engine.appendEvents(List.of(event("A", 0), event("A", 1), event("B", 0))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(store.engine.readEvents("A", 0).asStream().count()).isZero();
        assertThat(store.events().countDocuments()).isEqualTo(1);
    }

    @Test
    void aWriterTooSlowForTheGapWindowStoresNothing() {
        EventStoreFixture.MutableClock writerClock = store.clock;
        DomainEventMessage<IndicatorRegistered> slow = new GenericDomainEventMessage<>("Indicator", "A", 0,
                event("A", 0).getPayload()) {
            private boolean stalled;

            @Override
            public java.time.Instant getTimestamp() {
                if (!stalled) {
                    stalled = true;
                    writerClock.advance(EventStoreFixture.GAP_WINDOW); // the writer stalls after allocating its index
                }
                return super.getTimestamp();
            }
        };

        assertThatThrownBy(() -> store.engine.appendEvents(List.of(slow))).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("nothing was stored");
        assertThat(store.events().countDocuments()).isZero();
    }

    @Test
    void anEventHoldingTextThatIsNotUnicodeIsRefusedBeforeAnIndexIsTaken() {
        DomainEventMessage<IndicatorRegistered> broken = new GenericDomainEventMessage<>("Indicator", "A", 0,
                new IndicatorRegistered("org", "A", IndicatorDefinition.of("x \ud800 y", null, Polarity.MAXIMISE),
                        null));

        assertThatThrownBy(() -> store.engine.appendEvents(List.of(broken))).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("not well-formed Unicode");
        assertThat(store.events().countDocuments()).isZero();
        assertThat(allocateWithoutStoring(1)).as("no index was taken by the refused event").isEqualTo(1);
    }

    @Test
    void aGapIsWaitedForAndAnEventFillingItInsideTheWindowIsDeliveredOnce() {
        store.engine.appendEvents(List.of(event("A", 0)));
        long slowWriter = allocateWithoutStoring(1); // index 2: a writer that allocated and has not inserted yet
        store.engine.appendEvents(List.of(event("B", 0)));

        List<TrackedEventMessage<?>> firstRead = store.readAllFrom(null);
        assertThat(firstRead).extracting(this::index).containsExactly(1L, 3L);
        GapAwareTrackingToken afterFirst = (GapAwareTrackingToken) firstRead.get(1).trackingToken();
        assertThat(afterFirst.getGaps()).containsExactly(slowWriter);

        store.clock.advance(Duration.ofSeconds(3));
        store.events().insertOne(storedAt(slowWriter, "C", 0));

        List<TrackedEventMessage<?>> secondRead = store.readAllFrom(afterFirst);
        assertThat(secondRead).singleElement().satisfies(filled ->
                assertThat(((DomainEventMessage<?>) filled).getAggregateIdentifier()).isEqualTo("C"));
        GapAwareTrackingToken afterSecond = (GapAwareTrackingToken) secondRead.get(0).trackingToken();
        assertThat(afterSecond.getGaps()).isEmpty();
        assertThat(store.readAllFrom(afterSecond)).isEmpty();
    }

    @Test
    void aGapLeftByAWriterThatDiedIsSkippedAfterTheWindowAndLaterEventsStillFlow() {
        store.engine.appendEvents(List.of(event("A", 0)));
        long deadWriter = allocateWithoutStoring(3);
        store.engine.appendEvents(List.of(event("B", 0)));
        GapAwareTrackingToken held = lastToken(store.readAllFrom(null));
        assertThat(held.getGaps()).containsExactly(deadWriter, deadWriter + 1, deadWriter + 2);

        store.clock.advance(EventStoreFixture.GAP_WINDOW.plusSeconds(1));
        store.engine.appendEvents(List.of(event("C", 0)));

        List<TrackedEventMessage<?>> later = store.readAllFrom(held);
        assertThat(later).extracting(this::index).containsExactly(6L);
        assertThat(lastToken(later).getGaps()).isEmpty();
    }

    @Test
    void aFailedUnitOfWorkLongerThanABatchIsWaitedForAndThenReadPast() {
        store.engine.appendEvents(List.of(event("A", 0)));
        long hole = allocateWithoutStoring(50); // batches of 4: a failed import left far more than one batch unused
        store.engine.appendEvents(List.of(event("B", 0), event("B", 1)));
        GapAwareTrackingToken afterA = lastToken(store.readAllFrom(null));
        assertThat(afterA.getIndex()).as("inside the window the hole may still be filled: wait").isEqualTo(1);

        store.clock.advance(EventStoreFixture.GAP_WINDOW.plusSeconds(1));

        List<TrackedEventMessage<?>> past = store.readAllFrom(afterA);
        assertThat(past).extracting(this::index).containsExactly(hole + 50, hole + 51);
        assertThat(lastToken(past).getGaps()).isEmpty();
    }

    @Test
    void oneStreamReadsBatchAfterBatchUpToTheHead() {
        for (int sequence = 0; sequence < 10; sequence++) {
            store.engine.appendEvents(List.of(event("A", sequence)));
        }

        try (var stream = store.engine.readEvents(null, false)) {
            assertThat(stream.map(this::index).toList()).as("batches of 4, one stream").hasSize(10)
                    .isSorted().startsWith(1L).endsWith(10L);
        }
    }

    @Test
    void aRangeOfTheGlobalOrderIsReadWithEachEventsIndexAndWithoutTheUnusedOnes() {
        store.engine.appendEvents(List.of(event("A", 0), event("A", 1)));
        allocateWithoutStoring(2);
        for (int sequence = 0; sequence < 6; sequence++) {
            store.engine.appendEvents(List.of(event("B", sequence)));
        }

        assertThat(store.engine.readGlobalRange(2, 7))
                .extracting(IndexedEvent::globalIndex, indexed -> indexed.event().getAggregateIdentifier(),
                        indexed -> indexed.event().getSequenceNumber())
                .containsExactly(tuple(2L, "A", 1L), tuple(5L, "B", 0L), tuple(6L, "B", 1L), tuple(7L, "B", 2L));
    }

    @Test
    void eventsOutsideAnyAggregateAreStoredAndTracked() {
        store.engine.appendEvents(List.of(GenericEventMessage.asEventMessage("a notice")));

        assertThat(store.readAllFrom(null)).singleElement()
                .satisfies(message -> assertThat(message.getPayload()).isEqualTo("a notice"));
    }

    @Test
    void snapshotsAreReadBackAndNeverReplacedByAnOlderOne() {
        store.engine.storeSnapshot(new GenericDomainEventMessage<>("Indicator", "A", 7, "state at 7"));
        store.engine.storeSnapshot(new GenericDomainEventMessage<>("Indicator", "A", 3, "state at 3"));

        assertThat(store.engine.readSnapshot("A")).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.getSequenceNumber()).isEqualTo(7);
            assertThat(snapshot.getPayload()).isEqualTo("state at 7");
        });
        store.engine.storeSnapshot(new GenericDomainEventMessage<>("Indicator", "A", 9, "state at 9"));
        assertThat(store.engine.readSnapshot("A")).hasValueSatisfying(snapshot ->
                assertThat(snapshot.getPayload()).isEqualTo("state at 9"));
        assertThat(store.engine.readSnapshot("B")).isEmpty();
    }

    @Test
    void headAndTimeTokensPointBetweenTheRightEvents() {
        store.engine.appendEvents(List.of(event("A", 0, store.clock.instant())));
        store.clock.advance(Duration.ofMinutes(1));
        store.engine.appendEvents(List.of(event("A", 1, store.clock.instant())));
        store.clock.advance(Duration.ofMinutes(1));
        store.engine.appendEvents(List.of(event("A", 2, store.clock.instant())));
        allocateWithoutStoring(2);

        assertThat(((GapAwareTrackingToken) store.engine.createHeadToken()).getIndex()).isEqualTo(3);
        TrackingToken atSecond = store.engine.createTokenAt(store.clock.instant().minus(Duration.ofSeconds(90)));
        assertThat(store.readAllFrom(atSecond)).extracting(this::index).containsExactly(2L, 3L);
        assertThat(store.readAllFrom(store.engine.createTokenAt(store.clock.instant().plusSeconds(1)))).isEmpty();
    }

    @Test
    void theTrackingTokenStaysSmallAsTheStoreGrows() {
        IntStream.range(0, 200).forEach(i -> store.engine.appendEvents(List.of(event("A" + (i % 7), i / 7))));

        TrackingToken last = lastToken(store.readAllFrom(null));
        int bytes = store.serializer.serialize(last, byte[].class).getData().length;
        assertThat(((GapAwareTrackingToken) last).getIndex()).isEqualTo(200);
        assertThat(bytes).isLessThan(64);
    }

    private long allocateWithoutStoring(int count) {
        return new GlobalIndexAllocator(store.database.getCollection(LedgerEventStorageEngine.COUNTERS))
                .allocate(count);
    }

    private Document storedAt(long globalIndex, String aggregateId, long sequence) {
        DomainEventMessage<IndicatorRegistered> message = event(aggregateId, sequence);
        String payload = store.serializer.serialize(message.getPayload(), String.class).getData();
        String metaData = store.serializer.serialize(message.getMetaData(), String.class).getData();
        String timestamp = message.getTimestamp().toString();
        String hash = EventHashing.eventHash(EventHashing.GENESIS, aggregateId, sequence, "Indicator",
                message.getIdentifier(), timestamp, IndicatorRegistered.class.getName(), "2", payload, metaData);
        return new StoredEvent(globalIndex, aggregateId, sequence, "Indicator", message.getIdentifier(), timestamp,
                IndicatorRegistered.class.getName(), "2", payload, metaData, store.clock.millis(),
                EventHashing.GENESIS, hash).toDocument();
    }

    /** For events delivered in index order (no gap being filled), the token's index is the event's own. */
    private long index(TrackedEventMessage<?> message) {
        return ((GapAwareTrackingToken) message.trackingToken()).getIndex();
    }

    private static GapAwareTrackingToken lastToken(List<TrackedEventMessage<?>> messages) {
        return (GapAwareTrackingToken) messages.get(messages.size() - 1).trackingToken();
    }
}
