package org.performanceledger.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.performanceledger.infra.eventstore.EventStoreFixture.event;

/**
 * Several writers append to their own and to shared aggregates at once, while a tracking and a pooled streaming
 * processor follow the store, and a writer "dies" between allocating indexes and inserting. Every acknowledged event
 * must be stored once, seen once by each processor, in sequence per aggregate; the dead writer's gap must not stop
 * anything and must leave the tokens once the window has passed.
 */
class EventStoreConcurrencyTest {

    private static final Duration GAP_WINDOW = Duration.ofSeconds(1);
    private static final int WRITERS = 4;
    private static final int APPENDS_PER_WRITER = 150;

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoDatabase database = client.getDatabase("ledger");
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final LedgerEventStorageEngine engine = new LedgerEventStorageEngine(database, serializer, serializer,
            NoOpEventUpcaster.INSTANCE, Clock.systemUTC(), GAP_WINDOW, 32, () -> {
    });
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    private final List<StreamingEventProcessor> processors = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();

    @AfterEach
    void stop() {
        processors.forEach(StreamingEventProcessor::shutDown);
        eventStore.shutDown();
        executors.forEach(ExecutorService::shutdownNow);
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyAcknowledgedEventIsStoredOnceAndSeenOnceInSequenceByEachProcessor() throws Exception {
        Map<String, ConcurrentLinkedQueue<String>> seen = new ConcurrentHashMap<>();
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        startTracking("tracking", tokens, seen);
        startPooled("pooled", tokens, seen);

        new GlobalIndexAllocator(database.getCollection(LedgerEventStorageEngine.COUNTERS)).allocate(3);
        List<String> acknowledged = writeConcurrently();

        assertThat(acknowledged).hasSize(WRITERS * APPENDS_PER_WRITER).doesNotHaveDuplicates();
        assertThat(database.getCollection(LedgerEventStorageEngine.EVENTS).countDocuments())
                .isEqualTo(acknowledged.size());
        for (String processor : List.of("tracking", "pooled")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.get(processor).size() >= acknowledged.size());
            List<String> delivered = List.copyOf(seen.get(processor));
            assertThat(delivered).as(processor).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
            assertInSequencePerAggregate(processor, delivered);
        }

        Thread.sleep(GAP_WINDOW.toMillis() + 200);
        eventStore.publish(event("late", 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.get("tracking").contains("late#0")
                && seen.get("pooled").contains("late#0"));
        GapAwareTrackingToken tracked = (GapAwareTrackingToken) tokens.fetchToken("tracking", 0);
        assertThat(tracked.getGaps()).as("the dead writer's gap, dropped after the window").isEmpty();
    }

    @Test
    void aResetProcessorReplaysEveryEventOnceMore() {
        Map<String, ConcurrentLinkedQueue<String>> seen = new ConcurrentHashMap<>();
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        for (int sequence = 0; sequence < 40; sequence++) {
            eventStore.publish(event("replayed", sequence));
        }
        startTracking("replaying", tokens, seen);
        await().atMost(Duration.ofSeconds(20)).until(() -> seen.get("replaying").size() == 40);

        StreamingEventProcessor processor = processors.get(0);
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> seen.get("replaying").size() == 80);
        List<String> delivered = List.copyOf(seen.get("replaying"));
        assertThat(delivered.subList(40, 80)).containsExactlyElementsOf(delivered.subList(0, 40));
    }

    /** Each writer appends to its own aggregates and to two shared ones, retrying when it loses a race. */
    private List<String> writeConcurrently() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        executors.add(writers);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            List<String> aggregates = List.of("own-" + w + "-a", "own-" + w + "-b", "shared-1", "shared-2");
            results.add(writers.submit(() -> {
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    String aggregate = aggregates.get(ThreadLocalRandom.current().nextInt(aggregates.size()));
                    while (true) {
                        long next = engine.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
                        try {
                            eventStore.publish(event(aggregate, next));
                            mine.add(aggregate + "#" + next);
                            break;
                        } catch (ConcurrencyException lostTheRace) {
                            // another writer took this sequence number: read again and retry
                        }
                    }
                }
                return mine;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> result : results) {
            all.addAll(result.get(2, TimeUnit.MINUTES));
        }
        return all;
    }

    private static void assertInSequencePerAggregate(String processor, List<String> delivered) {
        Map<String, Long> last = new HashMap<>();
        for (String event : delivered) {
            String aggregate = event.substring(0, event.lastIndexOf('#'));
            long sequence = Long.parseLong(event.substring(event.lastIndexOf('#') + 1));
            assertThat(sequence).as("%s: %s after %s", processor, event, last.get(aggregate))
                    .isEqualTo(last.getOrDefault(aggregate, -1L) + 1);
            last.put(aggregate, sequence);
        }
    }

    private EventMessageHandler recorder(String processor, Map<String, ConcurrentLinkedQueue<String>> seen) {
        ConcurrentLinkedQueue<String> events = seen.computeIfAbsent(processor, name -> new ConcurrentLinkedQueue<>());
        return message -> {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
            events.add(domain.getAggregateIdentifier() + "#" + domain.getSequenceNumber());
            return null;
        };
    }

    private void startTracking(String name, InMemoryTokenStore tokens,
                               Map<String, ConcurrentLinkedQueue<String>> seen) {
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(recorder(name, seen)).build())
                .messageSource(eventStore)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        processors.add(processor);
        processor.start();
    }

    private void startPooled(String name, InMemoryTokenStore tokens,
                             Map<String, ConcurrentLinkedQueue<String>> seen) {
        var coordinator = Executors.newSingleThreadScheduledExecutor();
        var workers = Executors.newScheduledThreadPool(2);
        executors.add(coordinator);
        executors.add(workers);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(recorder(name, seen)).build())
                .messageSource(eventStore)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(2)
                .build();
        processors.add(processor);
        processor.start();
    }
}
