package org.performanceledger.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An event store on an in-memory embedded MongoDB with a clock the test moves by hand. */
final class EventStoreFixture implements AutoCloseable {

    static final Duration GAP_WINDOW = Duration.ofSeconds(10);

    final MutableClock clock = new MutableClock(Instant.parse("2019-02-22T10:31:00Z"));
    final MongoServer server = new MongoServer(H2Backend.inMemory());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final MongoDatabase database = client.getDatabase("ledger");
    final Serializer serializer = JacksonSerializer.defaultSerializer();
    final LedgerEventStorageEngine engine;
    final EventStoreSealer sealer;
    final EventStoreVerifier verifier;
    int flushes;

    EventStoreFixture(int batchSize) {
        engine = new LedgerEventStorageEngine(database, serializer, serializer, NoOpEventUpcaster.INSTANCE, clock,
                GAP_WINDOW, batchSize, () -> flushes++);
        sealer = new EventStoreSealer(database, engine, clock, GAP_WINDOW, 5);
        verifier = new EventStoreVerifier(database, engine, sealer, clock);
    }

    MongoCollection<Document> events() {
        return database.getCollection(LedgerEventStorageEngine.EVENTS);
    }

    static DomainEventMessage<IndicatorRegistered> event(String aggregateId, long sequence) {
        return event(aggregateId, sequence, Instant.parse("2019-02-22T10:31:00Z"));
    }

    static DomainEventMessage<IndicatorRegistered> event(String aggregateId, long sequence, Instant recordedAt) {
        return new GenericDomainEventMessage<>("Indicator", aggregateId, sequence,
                new IndicatorRegistered("org", aggregateId + "/" + sequence,
                        IndicatorDefinition.of("Name " + sequence, null, Polarity.MAXIMISE), null), MetaData.with("userId", "officer"), UUID.randomUUID().toString(),
                recordedAt);
    }

    /** Everything a processor starting from {@code token} would receive now, batch after batch. */
    List<TrackedEventMessage<?>> readAllFrom(TrackingToken token) {
        List<TrackedEventMessage<?>> all = new ArrayList<>();
        TrackingToken position = token;
        while (true) {
            List<? extends TrackedEventMessage<?>> batch = engine.readEvents(position, false).toList();
            if (batch.isEmpty()) {
                return all;
            }
            all.addAll(batch);
            position = batch.get(batch.size() - 1).trackingToken();
        }
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }

    /** A clock that stands still until told to move. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
