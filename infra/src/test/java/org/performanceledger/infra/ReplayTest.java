package org.performanceledger.infra;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.PublishReport;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.infra.replay.Projections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilding every projection from the event store gives exactly the views the live processors built, even after a
 * view was damaged behind the ledger's back; and while the rebuild runs, the live views keep answering.
 */
@SpringBootTest(properties = {"logging.file.name=", "spring.main.banner-mode=off"})
class ReplayTest {

    /** Each view's collections, by the processing group whose generation they follow. */
    private static final Map<String, String> VIEWS = Map.of("indicator_register", "indicator-register",
            "organisation_directory", "organisation-directory", "indicator_years", "indicator-history",
            "indicator_definitions", "indicator-history", "organisation_indicator_codes", "indicator-history",
            "report_publications", "indicator-history", "audit_trail", "audit-trail");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("replay").toString());
    }

    @Autowired
    private CommandGateway commands;
    @Autowired
    private MongoDatabase ledgerDatabase;
    @Autowired
    private Projections projections;

    @Test
    void theRebuiltViewsAreIdenticalToTheLiveOnes() throws InterruptedException {
        recordAMonth();
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.status().stream()
                .allMatch(ViewStatus::caughtUp) && ledgerDatabase.getCollection("audit_trail")
                .countDocuments() > 0);
        Map<String, List<Document>> live = views();
        assertThat(live.get("indicator_years")).isNotEmpty();
        assertThat(live("indicator_years").getNamespace().getCollectionName()).isEqualTo("indicator_years");

        live("indicator_register").deleteMany(new Document());
        live("indicator_years").updateMany(new Document(), Updates.set("periods", new Document()));
        assertThat(views()).isNotEqualTo(live);

        AtomicLong smallestLiveView = new AtomicLong(Long.MAX_VALUE);
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                smallestLiveView.accumulateAndGet(live("indicator_years").countDocuments(), Math::min);
            }
        });
        assertThat(projections.rebuild(null)).contains("indicator-register", "indicator-history", "audit-trail",
                "organisation-directory");
        watcher.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !projections.rebuilding());
        watcher.interrupt();
        watcher.join();

        assertThat(smallestLiveView.get()).as("the live view kept answering during the rebuild")
                .isEqualTo(live.get("indicator_years").size());
        await().atMost(Duration.ofSeconds(30)).until(() -> views().equals(live));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.status().stream()
                .allMatch(ViewStatus::caughtUp));
        assertThat(views()).isEqualTo(live);
        assertThat(live("indicator_years").getNamespace().getCollectionName())
                .as("readers switched to the rebuilt generation").isEqualTo("indicator_years__b");
        assertThat(projections.status()).allSatisfy(status -> assertThat(status.position())
                .isEqualTo(status.head()));
    }

    private void recordAMonth() {
        commands.sendAndWait(new RegisterOrganisation("replay-council", "Replay Council", null));
        for (String code : List.of("R 1", "R 2")) {
            commands.sendAndWait(new RegisterIndicator("replay-council", code, "Indicator " + code, null,
                    Polarity.MAXIMISE));
            commands.sendAndWait(new SetTarget("replay-council", code, "2018-19",
                    new Target(TargetKind.NUMBER, new BigDecimal("90"), null, null, null), null, null, null, "Plan",
                    "Cabinet", "2018-04"));
            commands.sendAndWait(new RecordValue("replay-council", code, "2019-01",
                    MeasuredValue.of(new BigDecimal("80")), null, null, null));
            commands.sendAndWait(new CorrectValue("replay-council", code, "2019-01",
                    MeasuredValue.of(new BigDecimal("85")), null, null, "Late returns added", null));
            commands.sendAndWait(new DraftCommentary("replay-council", code, "2019-01", "Below target",
                    null, null));
            commands.sendAndWait(new DeclareExpectedOutcome("replay-council", code, "2019-01",
                    ExpectedOutcome.SOME_SLIPPAGE));
        }
        commands.sendAndWait(new PublishReport("replay-council", "2019-01", "Cabinet", "MPR January 2019"));
    }

    private Map<String, List<Document>> views() {
        Map<String, List<Document>> views = new TreeMap<>();
        for (String view : VIEWS.keySet()) {
            views.put(view, live(view).find(Filters.empty()).sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return views;
    }

    /** A view's collection in the generation its readers use now. */
    private MongoCollection<Document> live(String collection) {
        Document generation = ledgerDatabase.getCollection("view_generations")
                .find(Filters.eq("_id", VIEWS.get(collection))).first();
        return ledgerDatabase.getCollection(collection + (generation == null ? "" : generation.getString("suffix")));
    }
}
