package org.performanceledger.query.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.CorporateAimDescribed;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.StatusSchemeChosen;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PerformanceReport.Row;
import org.performanceledger.query.report.PublicationSummary;
import org.performanceledger.query.status.Status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports for months, quarters, terms and years; schemes and publications as of their moment. */
class PeriodReportQueriesTest {

    private static final Instant NOW = Instant.parse("2020-06-01T00:00:00Z");

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final IndicatorHistoryProjection projection = new IndicatorHistoryProjection(client.getDatabase("l"));
    private final PeriodReportQueries queries = new PeriodReportQueries(ViewStore.live(client.getDatabase("l"),
            IndicatorHistoryProjection.PROCESSING_GROUP, IndicatorHistoryProjection.SHAPE),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void eachIndicatorAppearsAtThePeriodsItsFrequencyHas() {
        register("M", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        register("Q", Frequency.QUARTERLY, YearBasis.FINANCIAL, Polarity.MINIMISE);
        register("T", Frequency.TERMLY, YearBasis.ACADEMIC, Polarity.MAXIMISE);
        register("Y", Frequency.ANNUAL, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        handle(value("M", "2019-20", "2019-07", "70"), "2019-08-05T00:00:00Z");
        handle(value("M", "2019-20", "2019-08", "71"), "2019-09-05T00:00:00Z");
        handle(value("Q", "2019-20", "2019-Q3", "5.5"), "2019-10-05T00:00:00Z");
        handle(value("T", "2019-20", "2019-20-T1", "120"), "2020-01-05T00:00:00Z");
        handle(value("Y", "2019-20", "2019-20", "40"), "2020-04-20T00:00:00Z");
        handle(new OutturnRecorded("org", "M", "2019-20", OutturnKind.FINAL, MeasuredValue.of(
                new BigDecimal("75")), null, "Year end"), "2020-04-21T00:00:00Z");

        assertThat(codes(report("2019-09"))).containsExactly("M");
        PerformanceReport quarter = report("2019-Q3");
        assertThat(codes(quarter)).containsExactly("M", "Q");
        Row monthly = quarter.indicators().get(0);
        assertThat(monthly.period().value()).as("September has no value: the latest month of the quarter")
                .isEqualTo("2019-08");
        assertThat(monthly.period().text()).isEqualTo("August 2019");
        assertThat(monthly.value().text()).isEqualTo("71%");
        assertThat(quarter.indicators().get(1).period().text()).isEqualTo("July to September 2019");
        assertThat(quarter.period().words()).isEqualTo("July to September 2019");

        assertThat(codes(report("2019-20-T1"))).containsExactly("M", "T");
        assertThat(report("2019-20-T1").indicators().get(1).period().text()).isEqualTo("Autumn term 2019/20");

        PerformanceReport year = report("2019-20");
        assertThat(codes(year)).containsExactly("M", "Q", "T", "Y");
        assertThat(year.indicators().get(0).period().text()).as("the year's outturn").isEqualTo("2019/20 outturn");
        assertThat(year.indicators().get(0).value().text()).isEqualTo("75%");
        assertThat(year.indicators().get(0).outturn().text()).isEqualTo("75% (final)");
        assertThat(year.indicators().get(1).period().value()).isEqualTo("2019-Q3");
        assertThat(year.indicators().get(2).period().value()).isEqualTo("2019-20-T1");
        assertThat(year.indicators().get(3).value().text()).isEqualTo("40%");
        assertThat(year.section2().columns().get(6).heading()).isEqualTo("Annual Target 2019/20");
    }

    @Test
    void anAsOfReportKeepsTheSchemeInForceThen() {
        register("K1", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        handle(target("K1", "95", new Tolerance(ToleranceKind.ABSOLUTE, new BigDecimal("5")), List.of()),
                "2020-03-01T00:00:00Z");
        handle(value("K1", "2020-21", "2020-04", "92"), "2020-05-05T00:00:00Z");
        handle(new StatusSchemeChosen("org", StatusScheme.FIVE_STATE, "Board key"), "2020-05-10T00:00:00Z");

        PerformanceReport before = queries.handle(new PeriodReportQuery("org", "2020-04",
                Instant.parse("2020-05-06T00:00:00Z"), null, null)).orElseThrow();
        PerformanceReport after = report("2020-04");

        assertThat(before.scheme().scheme().value()).isEqualTo("THREE_STATE");
        assertThat(before.indicators().get(0).status().text()).isEqualTo("Amber");
        assertThat(after.scheme().scheme().value()).isEqualTo("FIVE_STATE");
        assertThat(after.indicators().get(0).status().text()).isEqualTo("Yellow");
        assertThat(after.scheme().legend()).extracting(PerformanceReport.Legend::value)
                .startsWith("RED", "AMBER", "YELLOW", "GREEN", "TBC");

        ReportQueries monthly = new ReportQueries(ViewStore.live(client.getDatabase("l"),
                IndicatorHistoryProjection.PROCESSING_GROUP, IndicatorHistoryProjection.SHAPE),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(monthly.handle(new MonthlyReportQuery("org", "2020-04", Instant.parse("2020-05-06T00:00:00Z"),
                null)).orElseThrow().indicators().get(0).status()).as("the earlier MPR resource too")
                .isEqualTo(Status.AMBER);
        assertThat(monthly.handle(new MonthlyReportQuery("org", "2020-04", null, null)).orElseThrow().indicators()
                .get(0).status()).isEqualTo(Status.YELLOW);
    }

    @Test
    void everyPublicationIsKeptAndReadAsItWasIssued() {
        register("K1", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        handle(target("K1", "95", null, List.of()), "2020-03-01T00:00:00Z");
        handle(value("K1", "2020-21", "2020-04", "90"), "2020-05-05T00:00:00Z");
        handle(new ReportPublished("org", "2020-04", "Cabinet", "Report April 2020"), "2020-05-20T09:00:00Z");
        handle(new StatusSchemeChosen("org", StatusScheme.FIVE_STATE, "Board key"), "2020-05-21T00:00:00Z");
        handle(new ValueCorrected("2020-04", "96"), "2020-05-22T00:00:00Z");
        handle(new ReportPublished("org", "2020-04", "People Scrutiny", null), "2020-05-28T09:00:00Z");

        List<PublicationSummary> issued = queries.handle(new PublicationsQuery("org", null));
        assertThat(issued).extracting(PublicationSummary::number).containsExactly(1, 2);
        assertThat(issued).extracting(PublicationSummary::committee).containsExactly("Cabinet", "People Scrutiny");
        assertThat(issued.get(0).periodText()).isEqualTo("April 2020");
        assertThat(issued.get(0).publishedAtText()).isEqualTo("20 May 2020 10:00");

        PerformanceReport cabinet = queries.handle(new PublishedPeriodReportQuery("org", "2020-04", 1))
                .orElseThrow();
        assertThat(cabinet.publication().committee()).isEqualTo("Cabinet");
        assertThat(cabinet.indicators().get(0).value().text()).isEqualTo("90%");
        assertThat(cabinet.scheme().scheme().value()).isEqualTo("THREE_STATE");
        assertThat(cabinet).as("the same content every time")
                .isEqualTo(queries.handle(new PublishedPeriodReportQuery("org", "2020-04", 1)).orElseThrow());
        PerformanceReport scrutiny = queries.handle(new PublishedPeriodReportQuery("org", "2020-04", null))
                .orElseThrow();
        assertThat(scrutiny.publication().number()).isEqualTo(2);
        assertThat(scrutiny.indicators().get(0).value().text()).isEqualTo("96%");
        assertThat(scrutiny.scheme().scheme().value()).isEqualTo("FIVE_STATE");
        assertThat(queries.handle(new PublishedPeriodReportQuery("org", "2020-04", 3))).isEmpty();
    }

    @Test
    void aFloorStandardMakesAWorseValueRedAndIsShownInTheRow() {
        register("E1", Frequency.QUARTERLY, YearBasis.FINANCIAL, Polarity.MINIMISE);
        handle(new ComparatorRecorded("org", "E1", new Comparator(ComparatorKind.FLOOR_STANDARD,
                new BigDecimal("6.5"), "2013-14", "Plan")), "2013-03-01T00:00:00Z");
        handle(target("E1", "7", new Tolerance(ToleranceKind.ABSOLUTE, BigDecimal.ONE), List.of(),
                "2013-14", "2013-Q2"), "2013-03-02T00:00:00Z");
        handle(value("E1", "2013-14", "2013-Q2", "6.6"), "2013-07-05T00:00:00Z");

        Row row = report("2013-Q2").indicators().get(0);
        assertThat(row.floorStandard().text()).isEqualTo("6.5%");
        assertThat(row.tolerance().text()).isEqualTo("1%");
        assertThat(row.targetTerms()).as("Section 2's words for what the target is judged on")
                .isEqualTo("Tolerance 1%; Floor standard 6.5%");
        assertThat(row.status().value()).as("on target, but above the floor standard").isEqualTo("RED");
    }

    @Test
    void aGoldilocksIndicatorWithASingleTargetIsJudgedByItsDistanceFromIt() {
        register("CP 1.2", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.RANGE);
        handle(target("CP 1.2", "66", null, List.of(), "2017-18", "2017-04"), "2017-03-01T00:00:00Z");
        handle(value("CP 1.2", "2017-18", "2017-04", "74.4"), "2017-05-05T00:00:00Z");
        handle(value("CP 1.2", "2017-18", "2017-05", "66"), "2017-06-05T00:00:00Z");

        assertThat(report("2017-04").indicators().get(0).status().value()).isEqualTo("RED");
        assertThat(report("2017-05").indicators().get(0).status().value()).isEqualTo("GREEN");
        assertThat(report("2017-05").indicators().get(0).againstPreviousPeriod().text())
                .isEqualTo("Better than the previous period");
    }

    @Test
    void anActivityIndicatorIsShownAgainstItsExpectedRangeAndAimsWithTheirPriorities() {
        register("ACT", Frequency.QUARTERLY, YearBasis.FINANCIAL, Polarity.ACTIVITY);
        handle(target("ACT", null, null, List.of(new PeriodTarget("2013-Q3", null, new BigDecimal("1000"),
                new BigDecimal("2000"))), "2013-14", "2013-Q2"), "2013-03-02T00:00:00Z");
        handle(value("ACT", "2013-14", "2013-Q3", "2500"), "2013-10-05T00:00:00Z");
        handle(new CorporateAimDescribed("org", "SAFE", null, List.of("Create a safe town.", "Tackle crime.")),
                "2013-01-01T00:00:00Z");

        PerformanceReport report = report("2013-Q3");
        Row row = report.indicators().get(0);
        assertThat(row.expectedRange().text()).isEqualTo("1,000 - 2,000");
        assertThat(row.status().text()).isEqualTo("Above expected range");
        assertThat(row.periodTarget().text()).as("the range is what the value is judged against")
                .isEqualTo("Expected 1,000-2,000");
        assertThat(row.annualTarget().text()).isEqualTo("No target");
        assertThat(report.section2().columns()).extracting(PerformanceReport.Column::field).contains("targetTerms");
        assertThat(report.section2().aims().get(0).heading())
                .isEqualTo("Aim: SAFE: Priorities • Create a safe town. • Tackle crime.");
        assertThat(report.section3().aims()).as("activity is never an exception").isEmpty();
    }

    @Test
    void anIndicatorWithoutAnAimATargetOrAValueSaysSoInWords() {
        handle(new IndicatorRegistered("org", "N1", new IndicatorDefinition("N1 name", null, Polarity.MAXIMISE,
                null, "%", null, Frequency.MONTHLY, YearBasis.FINANCIAL, null, null, null, null, null, null), null),
                "2010-01-01T00:00:00Z");
        register("K1", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        handle(target("K1", "95", null, List.of()), "2020-03-01T00:00:00Z");
        handle(value("K1", "2020-21", "2020-04", "80"), "2020-05-05T00:00:00Z");

        PerformanceReport report = report("2020-04");
        PerformanceReport.Aim without = report.section2().aims().stream().filter(aim -> aim.aim() == null)
                .findFirst().orElseThrow();
        assertThat(without.title()).isEqualTo("Indicators without a corporate aim");
        assertThat(without.heading()).isEqualTo("Indicators without a corporate aim");
        assertThat(report.section2().aims()).extracting(PerformanceReport.Aim::title)
                .as("in the order of their first code").containsExactly("Aim: SAFE", "Indicators without a corporate aim");
        assertThat(report.section3().aims()).extracting(PerformanceReport.DetailAim::title)
                .containsExactly("Aim: SAFE");
        Row nothing = report.indicators().stream().filter(row -> row.code().equals("N1")).findFirst().orElseThrow();
        assertThat(nothing.value().text()).isEqualTo("No value recorded");
        assertThat(nothing.periodTarget().text()).isEqualTo("No target");
        assertThat(nothing.annualTarget().text()).isEqualTo("No target");
        assertThat(nothing.targetTerms()).isEqualTo("None set");
        PerformanceReport.Point march = report.section3().aims().get(0).indicators().get(0).history().get(22);
        assertThat(march.period().text()).isEqualTo("March 2020");
        assertThat(march.value().text()).isEqualTo("No value recorded");
    }

    @Test
    void aReportSaysWhenItWasDrawnUpApartFromTheMomentItShows() {
        register("K1", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        handle(value("K1", "2020-21", "2020-04", "80"), "2020-05-05T00:00:00Z");

        PerformanceReport asOf = queries.handle(new PeriodReportQuery("org", "2020-04",
                Instant.parse("2020-05-06T09:00:00Z"), null, null)).orElseThrow();

        assertThat(asOf.asOfText()).isEqualTo("6 May 2020 10:00");
        assertThat(asOf.generated().at()).as("the clock's now, not the moment shown").isEqualTo(NOW);
        assertThat(asOf.generated().atText()).isEqualTo("1 June 2020 01:00");
        assertThat(asOf.generated().drawnThroughText()).as("the query side does not know where the views stand")
                .isEqualTo("The position of the ledger it was drawn from is not known");
        PerformanceReport drawn = asOf.drawnThrough(604);
        assertThat(drawn.generated().drawnThrough()).isEqualTo(604L);
        assertThat(drawn.generated().drawnThroughText()).isEqualTo("Drawn from the ledger through event 604");
        assertThat(drawn.indicators()).isEqualTo(asOf.indicators());
    }

    @Test
    void sectionsOneAndThreeDetailTheStatusesAskedFor() {
        register("K1", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        register("K2", Frequency.MONTHLY, YearBasis.FINANCIAL, Polarity.MAXIMISE);
        handle(target("K1", "95", new Tolerance(ToleranceKind.ABSOLUTE, new BigDecimal("5")), List.of()),
                "2020-03-01T00:00:00Z");
        handle(target("K2", "95", null, List.of()), "2020-03-01T00:00:00Z");
        handle(value("K1", "2020-21", "2020-04", "92"), "2020-05-05T00:00:00Z");
        handle(value("K2", "2020-21", "2020-04", "80"), "2020-05-05T00:00:00Z");

        PerformanceReport all = report("2020-04");
        assertThat(all.section1().exceptions()).flatExtracting(PerformanceReport.Group::codes)
                .containsExactly("K1", "K2");
        assertThat(all.section3().aims().get(0).indicators()).extracting(PerformanceReport.Detail::code)
                .containsExactly("K1", "K2");
        assertThat(all.section3().aims().get(0).indicators().get(0).history()).hasSize(24);

        PerformanceReport red = queries.handle(new PeriodReportQuery("org", "2020-04", null, null,
                Set.of(Status.RED))).orElseThrow();
        assertThat(red.section1().exceptions()).flatExtracting(PerformanceReport.Group::codes)
                .containsExactly("K2");
        assertThat(red.section3().title()).isEqualTo("Section 3: Detail of indicators rated Red");
    }

    private PerformanceReport report(String period) {
        return queries.handle(new PeriodReportQuery("org", period, null, null, null)).orElseThrow();
    }

    private static List<String> codes(PerformanceReport report) {
        return report.indicators().stream().map(Row::code).toList();
    }

    private void register(String code, Frequency frequency, YearBasis basis, Polarity polarity) {
        IndicatorDefinition definition = new IndicatorDefinition(code + " name", null, polarity, null,
                polarity == Polarity.ACTIVITY ? null : "%", null,
                frequency, basis, null, null, null, "SAFE", null, null);
        handle(new IndicatorRegistered("org", code, definition, null), "2010-01-01T00:00:00Z");
    }

    private static TargetSet target(String code, String number, Tolerance tolerance, List<PeriodTarget> profile) {
        return target(code, number, tolerance, profile, "2020-21", "2020-04");
    }

    private static TargetSet target(String code, String number, Tolerance tolerance, List<PeriodTarget> profile,
                                    String year, String from) {
        Target annual = number == null ? null : new Target(TargetKind.NUMBER, new BigDecimal(number), null, null,
                null);
        return new TargetSet("org", code, year, annual, null, tolerance, profile, "Plan", "Board", from, null);
    }

    private static ValueRecorded value(String code, String year, String period, String number) {
        return new ValueRecorded("org", code, year, period, MeasuredValue.of(new BigDecimal(number)), null, null,
                null, false, null);
    }

    /** A correction of K1's April 2020 value. */
    private record ValueCorrected(String period, String number) {
    }

    private void handle(Object event, String recordedAt) {
        Object payload = event instanceof ValueCorrected correction
                ? new org.performanceledger.events.ValueCorrected("org", "K1", "2020-21", correction.period(),
                MeasuredValue.of(new BigDecimal(correction.number())), null, null,
                MeasuredValue.of(new BigDecimal("90")), "Re-run", null)
                : event;
        EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), payload,
                MetaData.with("userId", "performance"), Instant.parse(recordedAt));
        if (payload instanceof IndicatorRegistered e) {
            projection.on(e, message);
        } else if (payload instanceof TargetSet e) {
            projection.on(e, message);
        } else if (payload instanceof ValueRecorded e) {
            projection.on(e, message);
        } else if (payload instanceof org.performanceledger.events.ValueCorrected e) {
            projection.on(e, message);
        } else if (payload instanceof OutturnRecorded e) {
            projection.on(e, message);
        } else if (payload instanceof ComparatorRecorded e) {
            projection.on(e, message);
        } else if (payload instanceof StatusSchemeChosen e) {
            projection.on(e, message);
        } else if (payload instanceof CorporateAimDescribed e) {
            projection.on(e, message);
        } else if (payload instanceof ReportPublished e) {
            projection.on(e, message);
        } else {
            throw new IllegalArgumentException(payload.toString());
        }
    }
}
