package org.performanceledger.query.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.query.status.Status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports from the history documents: past positions under the targets of then or of today, and Section 3. */
class ReportQueriesTest {

    private static final Instant NOW = Instant.parse("2019-06-01T00:00:00Z");

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final IndicatorHistoryProjection projection = new IndicatorHistoryProjection(client.getDatabase("l"));
    private final ReportQueries queries = new ReportQueries(client.getDatabase("l"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void conferencesAgainstATargetRaisedInMarch() {
        handle(new IndicatorRegistered("southend", "CP 3.10",
                IndicatorDefinition.of("Conferences within 15 days", null, Polarity.MAXIMISE), null),
                "2018-03-01T00:00:00Z");
        handle(target("90", null), "2018-03-02T00:00:00Z");
        handle(value("2018-04", "85"), "2018-05-05T00:00:00Z");
        handle(value("2019-01", "95"), "2019-02-05T00:00:00Z");
        handle(target("97", new Target(TargetKind.NUMBER, new BigDecimal("90"), null, null, null)),
                "2019-03-01T00:00:00Z");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aPastPositionIsJudgedAgainstTheTargetsOfThenOrOfToday() {
        Instant february = Instant.parse("2019-02-22T10:31:00Z");

        ReportRow then = queries.handle(new MonthlyReportQuery("southend", "2019-01", february, null))
                .orElseThrow().indicators().get(0);
        ReportRow underToday = queries.handle(new MonthlyReportQuery("southend", "2019-01", february, NOW))
                .orElseThrow().indicators().get(0);

        assertThat(then.annualTarget().number()).isEqualByComparingTo("90");
        assertThat(then.status()).isEqualTo(Status.GREEN);
        assertThat(underToday.value()).isEqualTo(then.value());
        assertThat(underToday.annualTarget().number()).isEqualByComparingTo("97");
        assertThat(underToday.status()).isEqualTo(Status.RED);
    }

    @Test
    void aMonthWithoutValueShowsTheLatestEarlierMonthOfItsYearButNeverOfAnotherYear() {
        ReportRow march = queries.handle(new MonthlyReportQuery("southend", "2019-03", null, null)).orElseThrow()
                .indicators().get(0);
        assertThat(march.latestMonth()).isEqualTo("2019-01");
        assertThat(march.value().number()).isEqualByComparingTo("95");

        ReportRow april = queries.handle(new MonthlyReportQuery("southend", "2019-04", null, null)).orElseThrow()
                .indicators().get(0);
        assertThat(april.latestMonth()).isEqualTo("2019-04");
        assertThat(april.value()).isNull();
    }

    @Test
    void sectionThreeShowsTheLast24MonthsOfValueAgainstTarget() {
        MonthlyReport report = queries.handle(new MonthlyReportQuery("southend", "2019-01", null, null))
                .orElseThrow();

        List<MonthlyReport.MonthPoint> months = report.details().get(0).months();
        assertThat(months).hasSize(24);
        assertThat(months.get(0).period()).isEqualTo("2017-02");
        assertThat(months.get(23).period()).isEqualTo("2019-01");
        assertThat(months.get(23).status()).isEqualTo(Status.RED);
        MonthlyReport.MonthPoint april = months.stream().filter(m -> m.period().equals("2018-04")).findFirst()
                .orElseThrow();
        assertThat(april.value()).isEqualTo(MeasuredValue.of(new BigDecimal("85")));
        assertThat(april.status()).isEqualTo(Status.RED);
        assertThat(months.get(5).value()).isNull();
        assertThat(months.get(5).status()).isEqualTo(Status.NO_STATUS);
    }

    private static TargetSet target(String number, Target replaced) {
        return new TargetSet("southend", "CP 3.10", "2018-19",
                new Target(TargetKind.NUMBER, new BigDecimal(number), null, null, null), null, null, List.of(),
                "Plan", "Cabinet", "2018-04", replaced);
    }

    @Test
    void aReportAfterAChangeShowsItThoughTheYearsReadBeforeAreKept() {
        ReportRow before = queries.handle(new MonthlyReportQuery("southend", "2019-01", null, null)).orElseThrow()
                .indicators().get(0);
        String correction = handle(new ValueCorrected("southend", "CP 3.10", "2018-19", "2019-01",
                MeasuredValue.of(new BigDecimal("80")), null, null, MeasuredValue.of(new BigDecimal("95")), "Restated",
                null), "2019-04-01T00:00:00Z");

        ReportRow after = queries.handle(new MonthlyReportQuery("southend", "2019-01", null, null)).orElseThrow()
                .indicators().get(0);
        ReportRow asOfMarch = queries.handle(new MonthlyReportQuery("southend", "2019-01",
                Instant.parse("2019-03-15T00:00:00Z"), null)).orElseThrow().indicators().get(0);

        assertThat(before.value().number()).isEqualByComparingTo("95");
        assertThat(after.value().number()).isEqualByComparingTo("80");
        assertThat(asOfMarch.value().number()).isEqualByComparingTo("95");
        assertThat(client.getDatabase("l").getCollection("indicator_years")
                .find(new Document("_id", "southend:CP 3.10:2018-19")).first().getString("lastChange"))
                .as("the year document names the event that changed it last").isEqualTo(correction);
    }

    private static ValueRecorded value(String period, String number) {
        return new ValueRecorded("southend", "CP 3.10", "2018-19", period, MeasuredValue.of(new BigDecimal(number)),
                null, null, null, false, null);
    }

    /** @return the event's id */
    private String handle(Object event, String recordedAt) {
        EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), event,
                MetaData.with("userId", "officer"), Instant.parse(recordedAt));
        if (event instanceof IndicatorRegistered registered) {
            projection.on(registered, message);
        } else if (event instanceof TargetSet set) {
            projection.on(set, message);
        } else if (event instanceof ValueRecorded recorded) {
            projection.on(recorded, message);
        } else if (event instanceof ValueCorrected corrected) {
            projection.on(corrected, message);
        }
        return message.getIdentifier();
    }
}
