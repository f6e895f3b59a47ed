package org.performanceledger.query.batch;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.query.audit.AuditTrailProjection;
import org.performanceledger.query.history.IndicatorHistoryProjection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projections in a batch as Axon's streaming processors run them: one unit of work for the batch, the processor's
 * token stored when it prepares to commit (registered before any event is handled, as Axon does), and the
 * {@link FlushPendingWrites} interceptor on every event.
 */
class BatchedWritesTest {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final Map<String, AtomicInteger> commands = new ConcurrentHashMap<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.computeIfAbsent(event.getCommandName(), name -> new AtomicInteger()).incrementAndGet();
                }
            }).build());
    private final MongoDatabase database = client.getDatabase("ledger");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aBatchIsStoredInOneBulkWritePerCollectionAfterItsLastEventAndBeforeTheTokenMoves() throws Exception {
        List<EventMessage<?>> batch = twoYearsOfValues("CP 1", 24);
        AtomicInteger writesBeforeLastEvent = new AtomicInteger(-1);
        AtomicInteger writesWhenTokenStored = new AtomicInteger(-1);

        ResultMessage<?> result = runBatch(new IndicatorHistoryProjection(database), batch, writesBeforeLastEvent,
                writesWhenTokenStored);

        assertThat(result.isExceptional()).isFalse();
        assertThat(writesBeforeLastEvent.get()).as("nothing stored while the batch is being handled").isZero();
        assertThat(count("update")).as("one bulk write each for years, definitions, the codes index and the count "
                + "of changed years").isEqualTo(4);
        assertThat(count("find")).as("one read per collection for the whole batch").isLessThanOrEqualTo(4);
        assertThat(writesWhenTokenStored.get()).as("every write stored before the token").isEqualTo(4);
        assertThat(database.getCollection("indicator_years").countDocuments()).isEqualTo(2);
    }

    @Test
    void aFailedFlushRollsTheBatchBackBeforeTheTokenIsStored() throws Exception {
        BatchedWrites<PendingWrites> failing = new BatchedWrites<>(events -> () -> {
            throw new IllegalStateException("the store is away");
        });
        Object projection = new Object() {
            @org.axonframework.eventhandling.EventHandler
            void on(ValueRecorded event, EventMessage<?> message) {
                failing.apply(message, pending -> {
                });
            }
        };
        AtomicInteger tokenStored = new AtomicInteger(-1);

        ResultMessage<?> result = runBatch(projection, twoYearsOfValues("CP 1", 3), new AtomicInteger(),
                tokenStored);

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).hasMessage("the store is away");
        assertThat(tokenStored.get()).as("the token was never stored").isEqualTo(-1);
    }

    @Test
    void aBatchHandledAgainAfterItsWritesWereStoredChangesNothingEvenAcrossAuditPages() throws Exception {
        List<EventMessage<?>> batch = twoYearsOfValues("CP 1", 250);
        Object history = new IndicatorHistoryProjection(database);
        Object audit = new AuditTrailProjection(database);

        runBatch(history, batch, new AtomicInteger(), new AtomicInteger());
        runBatch(audit, batch, new AtomicInteger(), new AtomicInteger());
        Map<String, List<Document>> first = everything();
        runBatch(history, batch.subList(100, 250), new AtomicInteger(), new AtomicInteger());
        runBatch(audit, batch.subList(100, 250), new AtomicInteger(), new AtomicInteger());

        // The count of changed year documents counts them again (ADR 28: a batch that failed after storing them
        // must count them when it comes again); nothing else changes.
        Document countBefore = first.remove("organisation_year_changes").get(0);
        Map<String, List<Document>> again = everything();
        Document countAfter = again.remove("organisation_year_changes").get(0);
        assertThat(again).isEqualTo(first);
        assertThat(countAfter.getString("epoch")).isEqualTo(countBefore.getString("epoch"));
        assertThat(countAfter.getLong("sequence")).as("the years of months 100 to 249 counted again")
                .isEqualTo(countBefore.getLong("sequence") + 13);
        assertThat(database.getCollection("audit_trail").find(new Document("_id", "southend")).first())
                .as("251 entries: six pages of 50").containsEntry("pages", 6L);
    }

    private ResultMessage<?> runBatch(Object projection, List<EventMessage<?>> batch,
                                      AtomicInteger writesBeforeLastEvent, AtomicInteger writesWhenTokenStored)
            throws Exception {
        commands.clear();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.onPrepareCommit(committing -> writesWhenTokenStored.set(count("update")));
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(new FlushPendingWrites()), message -> {
                    if (unitOfWork.isLastMessage()) {
                        writesBeforeLastEvent.set(count("update"));
                    }
                    return handlers.canHandle(message) ? handlers.handle(message) : null;
                }).proceed());
    }

    private int count(String command) {
        AtomicInteger counted = commands.get(command);
        return counted == null ? 0 : counted.get();
    }

    private Map<String, List<Document>> everything() {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            all.put(name, database.getCollection(name).find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return all;
    }

    /** An indicator's registration and then {@code months} monthly returns from April 2017, each 7.20 or more. */
    private static List<EventMessage<?>> twoYearsOfValues(String code, int months) {
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(message(new IndicatorRegistered("southend", code,
                IndicatorDefinition.of("Indicator " + code, null, Polarity.MAXIMISE), null)));
        for (int m = 0; m < months; m++) {
            YearMonth month = YearMonth.of(2017, 4).plusMonths(m);
            int start = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
            events.add(message(new ValueRecorded("southend", code, start + "-" + String.format("%02d", (start + 1)
                    % 100), month.toString(), MeasuredValue.of(new BigDecimal("7.20").add(BigDecimal.valueOf(m))),
                    null, null, null, false, null)));
        }
        return events;
    }

    private static EventMessage<?> message(Object payload) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.with("userId", "officer"),
                Instant.parse("2019-02-22T10:31:00Z"));
    }
}
