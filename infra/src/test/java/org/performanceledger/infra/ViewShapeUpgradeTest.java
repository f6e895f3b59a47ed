package org.performanceledger.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.MonthlyReportQuery;
import org.performanceledger.query.register.FindIndicatorQuery;
import org.performanceledger.query.register.IndicatorRegisterProjection;
import org.performanceledger.query.register.IndicatorView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A data directory written by an earlier version, whose register and history views hold documents of their first
 * shape, still starts: those views are rebuilt from the events into their current shape, and never read as they
 * were; the views whose shape did not change are kept as they are.
 */
class ViewShapeUpgradeTest {

    @Test
    void viewsOfAnEarlierShapeAreRebuiltFromTheEventsAtStart() {
        Path dataDir = TestData.freshDirectory("upgrade");
        try (ConfigurableApplicationContext first = start(dataDir)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterOrganisation("upgrade-council", "Upgrade Council", null));
            commands.sendAndWait(new RegisterIndicator("upgrade-council", "U 1", "Upgraded", null,
                    Polarity.MAXIMISE));
            commands.sendAndWait(new RecordValue("upgrade-council", "U 1", "2019-01",
                    MeasuredValue.of(new BigDecimal("7.20")), null, null, null));
            await().atMost(Duration.ofSeconds(15)).until(() -> report(first).map(r -> r.indicators().size())
                    .orElse(0) == 1);
        }
        List<Document> directoryBefore = asTheEarlierVersionLeftIt(dataDir);

        try (ConfigurableApplicationContext second = start(dataDir)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> find(second).isPresent()
                    && report(second).map(r -> r.indicators().size()).orElse(0) == 1);
            assertThat(find(second).orElseThrow().definition().shortName()).isEqualTo("Upgraded");
            assertThat(report(second).orElseThrow().indicators().get(0).value().number()).hasToString("7.20");
            MongoDatabase database = second.getBean(MongoDatabase.class);
            assertThat(database.getCollection("view_generations").find(Filters.eq("_id", "indicator-register"))
                    .first()).containsEntry("shape", IndicatorRegisterProjection.SHAPE).containsEntry("suffix", "__b");
            assertThat(database.listCollectionNames().into(new ArrayList<>()))
                    .as("the earlier shape's collection is gone").doesNotContain("organisation_indicators");
            assertThat(database.getCollection("organisation_directory").find().into(new ArrayList<>()))
                    .as("a view of an unchanged shape is kept").isEqualTo(directoryBefore);
        }
    }

    /**
     * Puts the register and history views back as the version before typed documents wrote them: one flat register
     * document, one history document per organisation, and no shape recorded for any view.
     */
    private static List<Document> asTheEarlierVersionLeftIt(Path dataDir) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoDatabase database = client.getDatabase("ledger");
            database.getCollection("view_generations").drop();
            List.of("indicator_register", "indicator_definitions", "organisation_indicator_codes",
                    "report_publications").forEach(name -> database.getCollection(name).drop());
            database.getCollection("indicator_register").insertOne(new Document("_id", "upgrade-council:U 1")
                    .append("organisationId", "upgrade-council").append("code", "U 1")
                    .append("shortName", "Upgraded").append("polarity", "MAXIMISE").append("status", "ACTIVE")
                    .append("comparators", new Document()));
            database.getCollection("organisation_indicators").insertOne(new Document("_id", "upgrade-council")
                    .append("indicators", List.of(new Document("code", "U 1").append("versions", List.of())))
                    .append("publications", List.of()));
            List<Document> directory = database.getCollection("organisation_directory").find()
                    .into(new ArrayList<>());
            server.flush();
            return directory;
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(LedgerApplication.class).run(TestData.applicationArguments(dataDir));
    }

    private static Optional<IndicatorView> find(ConfigurableApplicationContext context) {
        return context.getBean(QueryGateway.class).query(new FindIndicatorQuery("upgrade-council", "U 1"),
                ResponseTypes.optionalInstanceOf(IndicatorView.class)).join();
    }

    private static Optional<MonthlyReport> report(ConfigurableApplicationContext context) {
        return context.getBean(QueryGateway.class).query(new MonthlyReportQuery("upgrade-council", "2019-01", null,
                null), ResponseTypes.optionalInstanceOf(MonthlyReport.class)).join();
    }
}
