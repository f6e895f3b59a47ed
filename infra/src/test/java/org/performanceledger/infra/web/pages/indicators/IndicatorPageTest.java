package org.performanceledger.infra.web.pages.indicators;

import org.junit.jupiter.api.Test;
import org.performanceledger.application.years.IndicatorYears.IndicatorRecord;
import org.performanceledger.events.Basis;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.performanceledger.query.history.IndicatorYearHistory.PeriodHistory;
import org.performanceledger.query.history.IndicatorYearHistory.TargetVersion;
import org.performanceledger.query.history.IndicatorYearHistory.ValueChange;
import org.performanceledger.query.history.Recorded;
import org.performanceledger.query.organisations.OrganisationView;
import org.performanceledger.query.register.IndicatorView;
import org.performanceledger.query.status.Status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An indicator's page arranged from its record: the chart's periods and targets, and each year newest first. */
class IndicatorPageTest {

    private static final IndicatorDefinition SICKNESS = new IndicatorDefinition("Sickness", null, Polarity.MINIMISE,
            Basis.CUMULATIVE_YTD, "days", 2, Frequency.MONTHLY, YearBasis.FINANCIAL, "Strategic Services", null,
            null, "EXCELLENT", null, null);

    private static Recorded at(String instant) {
        return new Recorded("e-" + instant, Instant.parse(instant), "officer", "Demo Officer", "web");
    }

    private static ValueChange recorded(String value, String at) {
        return new ValueChange(at(at), "RECORDED", MeasuredValue.of(new BigDecimal(value)), null, null, false, null,
                null);
    }

    private static TargetVersion target(String annual, String from, List<PeriodTarget> profile, String at) {
        return new TargetVersion(at(at), Target.number(new BigDecimal(annual)), null, null, profile, from, "Cabinet",
                "Plan", null);
    }

    private static IndicatorRecord record(List<IndicatorYearHistory> years) {
        return new IndicatorRecord(new OrganisationView("southend", "Southend", 10, Instant.EPOCH),
                new IndicatorView("southend", "CP 5.4", SICKNESS, "ACTIVE", null, null, List.of(), Instant.EPOCH,
                        "performance", "Demo Performance Team"), years);
    }

    @Test
    void theChartRunsFromTheFirstPeriodWithAValueOrTargetToTheLatestWithAValueJudgedAgainstTheTargetInForce() {
        Map<String, PeriodHistory> periods = new LinkedHashMap<>();
        periods.put("2018-05", new PeriodHistory(List.of(recorded("1.30", "2018-06-05T09:00:00Z")), List.of(),
                List.of()));
        periods.put("2018-07", new PeriodHistory(List.of(recorded("2.00", "2018-08-05T09:00:00Z")), List.of(),
                List.of()));
        // Commentary alone does not make a period the latest of the chart.
        periods.put("2018-09", new PeriodHistory(List.of(), List.of(new IndicatorYearHistory.CommentaryVersion(
                at("2018-10-05T09:00:00Z"), 1, "Later", null, null)), List.of()));
        IndicatorYearHistory year = new IndicatorYearHistory("southend:CP 5.4:2018-19", "southend", "CP 5.4",
                "2018-19", List.of(
                target("7.20", "2018-04", List.of(new PeriodTarget("2018-05", new BigDecimal("1.10"), null, null)),
                        "2018-04-02T09:00:00Z"),
                target("6.00", "2018-07", List.of(), "2018-07-02T09:00:00Z")), List.of(), periods, null);

        IndicatorPage page = IndicatorPage.of(record(List.of(year)));

        assertThat(page.chartRows()).extracting(ChartWindow.ChartRow::period)
                .as("April 2018 has a target, so the chart starts there").containsExactly(
                        "2018-04", "2018-05", "2018-06", "2018-07");
        assertThat(page.chartRows()).extracting(ChartWindow.ChartRow::target)
                .containsExactly("7.20", "1.10", "7.20", "6.00");
        assertThat(page.chartRows()).extracting(ChartWindow.ChartRow::status)
                .containsExactly(Status.NO_STATUS, Status.RED, Status.NO_STATUS, Status.GREEN);
        assertThat(page.chart()).contains("<svg", "Sickness: value against target", "April 2018 to July 2018");
        assertThat(page.years()).singleElement().satisfies(section -> {
            assertThat(section.target().target().words()).as("the latest set").isEqualTo("6.00");
            assertThat(section.earlierTargets()).hasSize(1);
            assertThat(section.values()).extracting(IndicatorPage.PeriodValues::period)
                    .containsExactly("2018-07", "2018-05");
            assertThat(section.notes()).extracting(IndicatorPage.PeriodNotes::period).containsExactly("2018-09");
        });
    }

    @Test
    void aRecordWithoutValuesHasNoChart() {
        IndicatorPage page = IndicatorPage.of(record(List.of()));

        assertThat(page.chart()).isNull();
        assertThat(page.hasValues()).isFalse();
        assertThat(page.definition()).extracting(DefinitionRows.Row::label).startsWith("Short name", "Description",
                "Polarity", "Basis");
        assertThat(page.definition()).extracting(DefinitionRows.Row::words).startsWith("Sickness", "Not given",
                "Aim to Minimise", "Cumulative YTD");
    }

    @Test
    void thePeriodBeforeEachFormOfPeriod() {
        assertThat(ChartWindow.previous("2019-01", Frequency.MONTHLY)).isEqualTo("2018-12");
        assertThat(ChartWindow.previous("2019-Q1", Frequency.QUARTERLY)).isEqualTo("2018-Q4");
        assertThat(ChartWindow.previous("2019-Q3", Frequency.QUARTERLY)).isEqualTo("2019-Q2");
        assertThat(ChartWindow.previous("2018-19-T1", Frequency.TERMLY)).isEqualTo("2017-18-T3");
        assertThat(ChartWindow.previous("2018-19-T3", Frequency.TERMLY)).isEqualTo("2018-19-T2");
        assertThat(ChartWindow.previous("2018-19", Frequency.ANNUAL)).isEqualTo("2017-18");
    }

    @Test
    void anAmendmentSendsOnlyTheFieldsThatChanged() {
        DefinitionForm form = DefinitionForm.of(SICKNESS);
        form.getDefinition().put("shortName", "Sickness absence");
        form.getDefinition().put("polarity", "MINIMISE");
        form.getDefinition().put("responsibleUnit", "  ");
        form.getDefinition().put("decimalPlaces", "1");

        IndicatorDefinition change = form.changesFrom(SICKNESS);

        assertThat(change).isEqualTo(new IndicatorDefinition("Sickness absence", null, null, null, null, 1, null,
                null, null, null, null, null, null, null));
    }
}
