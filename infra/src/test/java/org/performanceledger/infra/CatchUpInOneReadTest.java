package org.performanceledger.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;
import org.performanceledger.infra.replay.Projections;
import org.performanceledger.query.LedgerViews;
import org.performanceledger.query.ViewDefinition;
import org.performanceledger.query.history.IndicatorHistoryProjection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Views found far behind the store at start are caught up by one reader in long batches, then handed to the live
 * processors: a store restored without its views comes out exactly as the live processors built it, every view's
 * position is stored at the head, and what is recorded afterwards reaches the views as usual. Views that stopped
 * part-way are caught up from where they stood; a view another node holds is left to that node.
 */
class CatchUpInOneReadTest {

    /** Batches of a rebuild and of a catch-up in one read, and how far behind a view must be for the latter. */
    private static final String BATCH = "--ledger.projections.rebuild-batch-size=40";
    private static final String COUNCIL = "catch-up-council";

    @Test
    void aStoreRestoredWithoutItsViewsIsCaughtUpInOneReadAndHandedToTheLiveProcessors() {
        Path dataDir = TestData.freshDirectory("catch-up");
        Map<String, List<Document>> built = recordTwoYearsAndKeepTheViews(dataDir);
        long head = withoutItsViews(dataDir, null);

        try (ConfigurableApplicationContext restored = start(dataDir)) {
            Projections projections = restored.getBean(Projections.class);
            assertThat(projections.caughtUpInOneRead()).as("every view was caught up by the one reader")
                    .containsExactlyInAnyOrderElementsOf(LedgerViews.ALL.stream().map(ViewDefinition::name).toList());
            await().atMost(Duration.ofSeconds(60)).until(() -> projections.status().stream()
                    .allMatch(ViewStatus::caughtUp));
            MongoDatabase database = restored.getBean(MongoDatabase.class);
            assertThat(views(database)).isEqualTo(built);
            assertThat(positions(restored)).as("each view's position, stored for its live processor")
                    .allSatisfy((view, position) -> assertThat(position).isGreaterThanOrEqualTo(head));

            restored.getBean(CommandGateway.class).sendAndWait(new RecordValue(COUNCIL, "F 1", "2019-04",
                    MeasuredValue.of(new BigDecimal("77")), null, null, null));
            await().atMost(Duration.ofSeconds(30)).until(() -> views(database).get("indicator_years").stream()
                    .anyMatch(year -> year.get("periods", Document.class).containsKey("2019-04")));
            await().atMost(Duration.ofSeconds(30)).until(() -> projections.status().stream()
                    .allMatch(ViewStatus::caughtUp));
            assertThat(auditEntries(views(database).get("audit_trail")))
                    .as("the live processors took over: the new value is in the organisation's audit trail once")
                    .isEqualTo(auditEntries(built.get("audit_trail")) + 1);
        }
    }

    @Test
    void aViewAnotherNodeHoldsIsLeftToThatNode() {
        Path dataDir = TestData.freshDirectory("catch-up-other-node");
        Map<String, List<Document>> built = recordTwoYearsAndKeepTheViews(dataDir);
        withoutItsViews(dataDir, "audit-trail");

        try (ConfigurableApplicationContext restored = start(dataDir)) {
            Projections projections = restored.getBean(Projections.class);
            assertThat(projections.caughtUpInOneRead()).as("the audit trail's segment is another node's")
                    .containsExactlyInAnyOrder("indicator-register", "organisation-directory", "indicator-history");
            // The other node never comes back: its claim lapses (10 s) and this node's live processor builds the view.
            await().atMost(Duration.ofSeconds(90)).until(() -> projections.status().stream()
                    .allMatch(ViewStatus::caughtUp));
            assertThat(views(restored.getBean(MongoDatabase.class))).isEqualTo(built);
        }
    }

    @Test
    void viewsThatStoppedPartWayAreCaughtUpFromWhereTheyStood() {
        Path dataDir = TestData.freshDirectory("catch-up-part-way");
        try (ConfigurableApplicationContext first = start(dataDir)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterOrganisation(COUNCIL, "Catch-up Council", null));
            recordYears(commands, "F 1", List.of("2017-18"));
            Projections projections = first.getBean(Projections.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> projections.status().stream()
                    .allMatch(ViewStatus::caughtUp));
            EventProcessingConfiguration processing = first.getBean(EventProcessingConfiguration.class);
            List.of("indicator-history", "audit-trail").forEach(view ->
                    processing.eventProcessor(view).orElseThrow().shutDown());
            recordYears(commands, "F 2", List.of("2017-18", "2018-19"));
            recordYears(commands, "F 3", List.of("2017-18", "2018-19"));
        }

        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            Projections projections = restarted.getBean(Projections.class);
            // The register and the directory handle few of these events, and Axon stores a position as it goes, so
            // theirs may lag as far: a view at another position gets a reader of its own.
            assertThat(projections.caughtUpInOneRead()).as("the views whose stored position is that far behind")
                    .contains("audit-trail", "indicator-history");
            await().atMost(Duration.ofSeconds(60)).until(() -> projections.status().stream()
                    .allMatch(ViewStatus::caughtUp));
            MongoDatabase database = restarted.getBean(MongoDatabase.class);
            Map<String, List<Document>> caughtUp = views(database);
            assertThat(caughtUp.get("indicator_years")).hasSize(5);

            projections.rebuild(null);
            await().atMost(Duration.ofSeconds(60)).until(() -> !projections.rebuilding()
                    && projections.status().stream().allMatch(ViewStatus::caughtUp));
            assertThat(views(database)).as("what the catch-up built, every event once, is what a rebuild builds")
                    .isEqualTo(caughtUp);
        }
    }

    /** An organisation with three indicators, two years of targets, values and corrections; its views as built. */
    private static Map<String, List<Document>> recordTwoYearsAndKeepTheViews(Path dataDir) {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterOrganisation(COUNCIL, "Catch-up Council", null));
            for (String code : List.of("F 1", "F 2", "F 3")) {
                recordYears(commands, code, List.of("2017-18", "2018-19"));
                commands.sendAndWait(new CorrectValue(COUNCIL, code, "2019-01", MeasuredValue.of(new BigDecimal("99")),
                        null, null, "Late returns added", null));
            }
            Projections projections = first.getBean(Projections.class);
            assertThat(projections.caughtUpInOneRead()).as("views that keep up are not caught up in one read").isEmpty();
            await().atMost(Duration.ofSeconds(30)).until(() -> projections.status().stream()
                    .allMatch(ViewStatus::caughtUp));
            return views(first.getBean(MongoDatabase.class));
        }
    }

    /** An indicator registered, with a target and twelve monthly values for each of {@code years}. */
    private static void recordYears(CommandGateway commands, String code, List<String> years) {
        commands.sendAndWait(new RegisterIndicator(COUNCIL, code, "Indicator " + code, null, Polarity.MAXIMISE));
        for (String year : years) {
            commands.sendAndWait(new SetTarget(COUNCIL, code, year,
                    new Target(TargetKind.NUMBER, new BigDecimal("90"), null, null, null), null, null, null,
                    "Plan", "Cabinet", year.substring(0, 4) + "-04"));
            YearMonth start = YearMonth.parse(year.substring(0, 4) + "-04");
            for (YearMonth month = start; month.isBefore(start.plusYears(1)); month = month.plusMonths(1)) {
                commands.sendAndWait(new RecordValue(COUNCIL, code, month.toString(),
                        MeasuredValue.of(new BigDecimal(60 + month.getMonthValue())), null, null, null));
            }
        }
    }

    /**
     * The data directory as a store restored without its views: every view's collections and positions gone. With
     * {@code heldElsewhere}, that view's segment is claimed by another node a moment ago, as a node starting at the
     * same time would have it. Returns the position of the last event.
     */
    private static long withoutItsViews(Path dataDir, String heldElsewhere) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoDatabase database = client.getDatabase("ledger");
            LedgerViews.ALL.stream().flatMap(view -> view.collections().stream())
                    .flatMap(name -> Stream.of(name, name + "__b"))
                    .forEach(name -> database.getCollection(name).drop());
            database.getCollection("view_generations").drop();
            database.getCollection("tracking_tokens").drop();
            if (heldElsewhere != null) {
                database.getCollection("tracking_tokens").insertOne(new Document("_id", heldElsewhere + "#0")
                        .append("processorName", heldElsewhere).append("segment", 0).append("owner", "other-node")
                        .append("timestamp", System.currentTimeMillis()));
            }
            long head = database.getCollection("events").countDocuments() - 1;
            server.flush();
            return head;
        }
    }

    private static Map<String, Long> positions(ConfigurableApplicationContext context) {
        Map<String, Long> positions = new TreeMap<>();
        context.getBean(Projections.class).status().forEach(status -> positions.put(status.name(),
                status.position()));
        assertThat(positions).hasSize(LedgerViews.ALL.size());
        assertThat(context.getBean(LedgerEventStorageEngine.class).highestAllocatedIndex()).isPositive();
        return positions;
    }

    /**
     * Every view's documents in the generation its readers use, by collection; not the history view's count of
     * changed year documents, which depends on how the events were batched (ADR 28).
     */
    private static Map<String, List<Document>> views(MongoDatabase database) {
        Map<String, List<Document>> views = new TreeMap<>();
        for (ViewDefinition view : LedgerViews.ALL) {
            for (String collection : view.collections()) {
                if (collection.equals(IndicatorHistoryProjection.YEAR_CHANGES)) {
                    continue;
                }
                MongoCollection<Document> live = database.getCollection(collection + suffix(database, view.name()));
                views.put(collection, live.find().sort(new Document("_id", 1)).into(new ArrayList<>()));
            }
        }
        return views;
    }

    /** Entries on the pages of the organisation's own audit trail ({@code _id = org|page}). */
    private static int auditEntries(List<Document> auditTrail) {
        return auditTrail.stream().filter(page -> page.getString("_id").startsWith(COUNCIL + "|"))
                .mapToInt(page -> page.getList("entries", Document.class, List.of()).size()).sum();
    }

    private static String suffix(MongoDatabase database, String view) {
        Document generation = database.getCollection("view_generations").find(Filters.eq("_id", view)).first();
        return generation == null ? "" : generation.getString("suffix");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        String[] arguments = Stream.concat(Stream.of(TestData.applicationArguments(dataDir)), Stream.of(BATCH))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(LedgerApplication.class).run(arguments);
    }
}
