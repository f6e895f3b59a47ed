package org.performanceledger.query.audit;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.query.batch.FlushPendingWrites;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as processors feed it: events with their positions in the event store, in batches, some handled
 * again after a failure or a take-over; each event in each trail exactly once, in the order handled.
 */
class AuditChangesTest {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    /** The ids each read of {@code audit_trail} asked for. */
    private final List<Set<String>> reads = new CopyOnWriteArrayList<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")
                            && "audit_trail".equals(event.getCommand().getString("find").getValue())) {
                        reads.add(idsAskedFor(event.getCommand().getDocument("filter")));
                    }
                }
            }).build());
    private final MongoDatabase database = client.getDatabase("ledger");
    private final AuditTrailProjection projection = new AuditTrailProjection(database);
    /** Every event of the test, by its position in the event store (index 0 unused). */
    private final List<EventMessage<?>> store = new ArrayList<>();

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aBatchHandledAgainAfterItsWritesWereStoredAddsOnlyItsNewEvents() {
        runBatch(tracked(1, 120));
        runBatch(tracked(60, 200));

        assertThat(trail("southend")).as("each event once, in the order handled").isEqualTo(ids(1, 200));
        assertThat(trail("user:officer")).isEqualTo(ids(1, 200));
    }

    @Test
    void aBatchOfNewEventsReadsOnlyTheNewestPageOfEachTrailNotAWindowOfThem() {
        runBatch(tracked(1, 180));
        reads.clear();

        runBatch(tracked(181, 240));

        assertThat(reads).as("the heads, then the newest page of each trail").containsExactly(
                Set.of("southend", "user:officer"),
                Set.of(AuditPage.idOf("southend", 3), AuditPage.idOf("user:officer", 3)));
        assertThat(trail("southend")).isEqualTo(ids(1, 240));
    }

    @Test
    void aBatchWithAnEventItMayHaveHandledBeforeLooksThroughTheLastPages() {
        runBatch(tracked(1, 180));
        reads.clear();

        runBatch(tracked(170, 200));

        assertThat(reads.get(1)).as("the last pages of both trails").hasSize(2 * (int) AuditChanges.windowPages(31));
        assertThat(trail("southend")).isEqualTo(ids(1, 200));
    }

    @Test
    void anEventFillingAGapInTheStoreArrivesAfterHigherOnesAndIsStillAppendedOnce() {
        List<EventMessage<?>> withGap = new ArrayList<>(tracked(1, 10));
        withGap.remove(4);
        runBatch(withGap);

        runBatch(List.of(trackedAt(5)));
        runBatch(List.of(trackedAt(5)));

        List<String> expected = new ArrayList<>(ids(1, 10));
        expected.remove(4);
        expected.add(store.get(5).getIdentifier());
        assertThat(trail("southend")).isEqualTo(expected);
    }

    @Test
    void aHeadStoredWithoutItsBatchsPagesIsMadeWholeWhenTheBatchIsHandledAgain() {
        runBatch(tracked(1, 70));
        List<Document> pagesBefore = pages();
        runBatch(tracked(71, 160));
        // The failure: the batch's heads were stored (they go first), its pages were not.
        MongoCollection<Document> trail = database.getCollection("audit_trail");
        trail.deleteMany(Filters.regex("_id", "\\|"));
        trail.insertMany(pagesBefore);

        runBatch(tracked(71, 160));

        assertThat(trail("southend")).isEqualTo(ids(1, 160));
        assertThat(trail("user:officer")).isEqualTo(ids(1, 160));
        long counted = database.getCollection("audit_trail").find(Filters.eq("_id", "southend")).first()
                .get("pages", Number.class).longValue();
        assertThat(pages().stream().filter(page -> page.getString("_id").startsWith("southend|")).count())
                .as("no page missing among those the head counts").isEqualTo(counted);
    }

    @Test
    void aTrailWhoseHeadHasNoHighestPositionIsAlwaysLookedThroughSoNothingIsAddedTwice() {
        runBatch(tracked(1, 70));
        database.getCollection("audit_trail").updateMany(Filters.not(Filters.regex("_id", "\\|")),
                new Document("$unset", new Document("highestIndex", "")));

        runBatch(tracked(50, 90));
        runBatch(tracked(91, 95));

        assertThat(trail("southend")).isEqualTo(ids(1, 95));
        assertThat(database.getCollection("audit_trail").find(Filters.eq("_id", "southend")).first())
                .as("still unknown: the entries before are not known to lie below any position")
                .doesNotContainKey("highestIndex");
    }

    @Test
    void eventsWithoutAPositionAreCheckedAgainstTheTrailAndLeaveItsHighestPositionUnknown() {
        runBatch(tracked(1, 30));
        List<EventMessage<?>> untracked = IntStream.rangeClosed(20, 40).<EventMessage<?>>mapToObj(this::event)
                .<EventMessage<?>>map(event -> new GenericEventMessage<>(event.getIdentifier(), event.getPayload(),
                        event.getMetaData(), event.getTimestamp())).toList();

        runBatch(untracked);
        runBatch(tracked(35, 45));

        assertThat(trail("southend")).isEqualTo(ids(1, 45));
    }

    private void runBatch(List<EventMessage<?>> batch) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        var result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(new FlushPendingWrites()), message -> handlers.canHandle(message)
                ? handlers.handle(message) : null).proceed());
        assertThat(result.isExceptional()).as("the batch was handled").isFalse();
    }

    /** The event ids of a trail, oldest first, as the audit pages read them. */
    private List<String> trail(String trail) {
        AuditTrailQuery query = trail.startsWith("user:")
                ? new AuditTrailQuery(null, null, trail.substring(5), null, null, 0, 10_000)
                : new AuditTrailQuery(trail, null, null, null, null, 0, 10_000);
        return projection.handle(query).entries().stream().map(AuditEntry::eventId).toList();
    }

    private List<Document> pages() {
        return database.getCollection("audit_trail").find(Filters.regex("_id", "\\|")).into(new ArrayList<>());
    }

    private List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(index -> event(index).getIdentifier()).toList();
    }

    /** The events at positions {@code from} to {@code to}, as a processor reading the store gets them. */
    private List<EventMessage<?>> tracked(int from, int to) {
        return IntStream.rangeClosed(from, to).<EventMessage<?>>mapToObj(this::trackedAt).toList();
    }

    private EventMessage<?> trackedAt(int index) {
        return new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(index, Set.of()), event(index));
    }

    private EventMessage<?> event(int index) {
        while (store.size() <= index) {
            int n = store.size();
            if (n == 0) {
                store.add(null);
                continue;
            }
            YearMonth month = YearMonth.of(2017, 4).plusMonths(n);
            int start = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
            store.add(new GenericEventMessage<>("event-" + n, new ValueRecorded("southend", "CP " + n % 7,
                    start + "-" + String.format("%02d", (start + 1) % 100), month.toString(),
                    MeasuredValue.of(BigDecimal.valueOf(n)), null, null, null, false, null),
                    MetaData.with("userId", "officer"), Instant.parse("2019-02-22T10:31:00Z").plusSeconds(n)));
        }
        return store.get(index);
    }

    private static Set<String> idsAskedFor(BsonDocument filter) {
        BsonDocument id = filter.get("_id").isDocument() ? filter.getDocument("_id") : null;
        if (id == null) {
            return Set.of(filter.getString("_id").getValue());
        }
        BsonArray in = id.getArray("$in");
        return Set.copyOf(in.stream().map(value -> value.asString().getValue()).toList());
    }
}
