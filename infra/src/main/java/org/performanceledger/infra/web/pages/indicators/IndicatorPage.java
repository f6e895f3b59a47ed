package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.application.years.IndicatorYears.IndicatorRecord;
import org.performanceledger.infra.web.pages.charts.ValueTargetChart;
import org.performanceledger.infra.web.pages.words.Words;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.performanceledger.query.history.IndicatorYearHistory.CommentaryVersion;
import org.performanceledger.query.history.IndicatorYearHistory.OutcomeVersion;
import org.performanceledger.query.history.IndicatorYearHistory.OutturnVersion;
import org.performanceledger.query.history.IndicatorYearHistory.PeriodHistory;
import org.performanceledger.query.history.IndicatorYearHistory.TargetVersion;
import org.performanceledger.query.history.IndicatorYearHistory.ValueChange;
import org.performanceledger.query.register.IndicatorView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What an indicator's page shows, arranged from its record: its definition in words, the chart's periods, and per
 * year (newest first) its targets, values, commentary, expected outcomes and outturns, each newest first.
 *
 * @param chart the chart's SVG markup; null when no period has a value
 */
public record IndicatorPage(IndicatorView indicator, List<DefinitionRows.Row> definition,
                            List<ChartWindow.ChartRow> chartRows, String chart, List<YearSection> years) {

    /** One year of the indicator. */
    public record YearSection(String year, TargetVersion target, List<TargetVersion> earlierTargets,
                              List<PeriodValues> values, List<PeriodNotes> notes, List<OutturnVersion> outturns) {
    }

    /**
     * A period's value versions, newest first.
     *
     * @param hasValue whether the period has a value in force (not none, not withdrawn)
     */
    public record PeriodValues(String period, List<ValueChange> versions, boolean hasValue) {
    }

    /** A period's commentary drafts and expected outcomes: the latest of each, and the earlier ones newest first. */
    public record PeriodNotes(String period, CommentaryVersion draft, List<CommentaryVersion> earlierDrafts,
                              OutcomeVersion outcome, List<OutcomeVersion> earlierOutcomes) {
    }

    static IndicatorPage of(IndicatorRecord record) {
        IndicatorView indicator = record.indicator();
        List<ChartWindow.ChartRow> rows = ChartWindow.rows(indicator.definition(), record.years());
        String chart = rows.isEmpty() ? null : ValueTargetChart.svg("value-target-chart",
                indicator.code() + " " + indicator.definition().shortName() + ": value against target",
                "The value of each period from " + Words.period(rows.get(0).period()) + " to "
                        + Words.period(rows.get(rows.size() - 1).period()) + " with the target it is judged "
                        + "against. The table beside the chart gives each period's figures.",
                indicator.definition().unit() == null ? "Value" : "Value (" + indicator.definition().unit() + ")",
                rows.stream().map(ChartWindow.ChartRow::point).toList());
        List<YearSection> years = record.years().stream()
                .sorted(Comparator.comparing(IndicatorYearHistory::year).reversed())
                .map(IndicatorPage::year)
                .toList();
        return new IndicatorPage(indicator, DefinitionRows.of(indicator.definition()), rows, chart, years);
    }

    private static YearSection year(IndicatorYearHistory year) {
        List<TargetVersion> targets = newestFirst(year.targets());
        List<PeriodValues> values = new ArrayList<>();
        List<PeriodNotes> notes = new ArrayList<>();
        Map<String, PeriodHistory> periods = year.periods() == null ? Map.of() : year.periods();
        periods.keySet().stream().sorted(Comparator.reverseOrder()).forEach(period -> {
            PeriodHistory history = periods.get(period);
            List<ValueChange> versions = newestFirst(history.values());
            if (!versions.isEmpty()) {
                values.add(new PeriodValues(period, versions, versions.get(0).value() != null));
            }
            List<CommentaryVersion> drafts = newestFirst(history.commentary());
            List<OutcomeVersion> outcomes = newestFirst(history.expectedOutcomes());
            if (!drafts.isEmpty() || !outcomes.isEmpty()) {
                notes.add(new PeriodNotes(period, drafts.isEmpty() ? null : drafts.get(0), rest(drafts),
                        outcomes.isEmpty() ? null : outcomes.get(0), rest(outcomes)));
            }
        });
        return new YearSection(year.year(), targets.isEmpty() ? null : targets.get(0), rest(targets), values, notes,
                newestFirst(year.outturns()));
    }

    /** The chart's last period: the latest with a value. */
    public String chartTo() {
        return chartRows.isEmpty() ? null : chartRows.get(chartRows.size() - 1).period();
    }

    /** Whether any year has a target, a value, a note or an outturn: each tab says so when none has. */
    public boolean hasTargets() {
        return years.stream().anyMatch(year -> year.target() != null);
    }

    public boolean hasValues() {
        return years.stream().anyMatch(year -> !year.values().isEmpty());
    }

    public boolean hasNotes() {
        return years.stream().anyMatch(year -> !year.notes().isEmpty());
    }

    public boolean hasOutturns() {
        return years.stream().anyMatch(year -> !year.outturns().isEmpty());
    }

    private static <T> List<T> newestFirst(List<T> versions) {
        List<T> reversed = new ArrayList<>(versions == null ? List.of() : versions);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static <T> List<T> rest(List<T> newestFirst) {
        return newestFirst.size() <= 1 ? List.of() : newestFirst.subList(1, newestFirst.size());
    }
}
