package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.ValueState;
import org.performanceledger.infra.web.pages.charts.ValueTargetChart;
import org.performanceledger.infra.web.pages.words.Words;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.performanceledger.query.history.IndicatorYearHistory.TargetVersion;
import org.performanceledger.query.status.Status;
import org.performanceledger.query.status.StatusRules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The periods an indicator's chart shows, with each one's value, the target it is judged against and its status,
 * as the report judges them (the latest target set that takes effect by the period; the profile's entry for it, else
 * the annual target): the {@value #PERIODS} periods up to the latest that has a value, from the first with a value
 * or a target.
 */
final class ChartWindow {

    static final int PERIODS = 24;

    /** One period of the chart and of the table beside it. */
    public record ChartRow(String period, MeasuredValue value, String target, Status status,
                    ValueTargetChart.Point point) {
    }

    private ChartWindow() {
    }

    /** The rows, oldest first; empty when no period of the indicator has a value. */
    static List<ChartRow> rows(IndicatorDefinition definition, List<IndicatorYearHistory> years) {
        Map<String, IndicatorYearHistory> byYear = years.stream()
                .collect(Collectors.toMap(IndicatorYearHistory::year, Function.identity()));
        Optional<String> latest = years.stream()
                .flatMap(year -> year.periods() == null ? java.util.stream.Stream.<String>empty()
                        : year.periods().entrySet().stream()
                        .filter(period -> valueOf(period.getValue()) != null).map(Map.Entry::getKey))
                .max(String::compareTo);
        if (latest.isEmpty()) {
            return List.of();
        }
        List<ChartRow> rows = new ArrayList<>();
        String period = latest.get();
        for (int i = 0; i < PERIODS && period != null; i++) {
            rows.add(row(definition, byYear, period));
            period = previous(period, definition.frequency());
        }
        Collections.reverse(rows);
        // A record shorter than the window starts at its first period with a value or a target.
        while (rows.get(0).value() == null && rows.get(0).target() == null) {
            rows.remove(0);
        }
        return rows;
    }

    private static ChartRow row(IndicatorDefinition definition, Map<String, IndicatorYearHistory> byYear,
                                String period) {
        Optional<IndicatorYearHistory> year = Periods.yearOf(period, definition.frequency(), definition.yearBasis())
                .map(byYear::get);
        MeasuredValue value = year.map(document -> document.periods() == null ? null
                : document.periods().get(period)).map(ChartWindow::valueOf).orElse(null);
        Optional<TargetVersion> inForce = year.flatMap(document -> targetInForce(document, period, definition));
        List<PeriodTarget> profile = inForce.map(TargetVersion::profile).orElse(List.of());
        Target annual = inForce.map(TargetVersion::target).orElse(null);
        Optional<PeriodTarget> range = (profile == null ? List.<PeriodTarget>of() : profile).stream()
                .filter(entry -> period.equals(entry.period()) && entry.lower() != null && entry.upper() != null)
                .findFirst();
        Target judged = StatusRules.periodTarget(annual, profile, period);
        Status status = StatusRules.status(definition.polarity(), value, annual,
                inForce.map(TargetVersion::tolerance).orElse(null), profile, period);
        java.math.BigDecimal number = value != null && value.state() == ValueState.NUMBER ? value.number() : null;
        ValueTargetChart.Point point;
        String target;
        if (range.isPresent()) {
            point = new ValueTargetChart.Point(Words.shortPeriod(period), number, null, range.get().lower(),
                    range.get().upper());
            target = range.get().lower().toPlainString() + "-" + range.get().upper().toPlainString();
        } else if (judged != null && judged.kind() == TargetKind.NUMBER) {
            point = new ValueTargetChart.Point(Words.shortPeriod(period), number, judged.number(), null, null);
            target = judged.words();
        } else if (judged != null && judged.kind() == TargetKind.RANGE) {
            point = new ValueTargetChart.Point(Words.shortPeriod(period), number, null, judged.lower(),
                    judged.upper());
            target = judged.words();
        } else {
            point = new ValueTargetChart.Point(Words.shortPeriod(period), number, null, null, null);
            target = judged == null ? null : judged.words();
        }
        return new ChartRow(period, value, target, status, point);
    }

    /** The latest target set for the year that takes effect by the period. */
    private static Optional<TargetVersion> targetInForce(IndicatorYearHistory year, String period,
                                                         IndicatorDefinition definition) {
        return (year.targets() == null ? List.<TargetVersion>of() : year.targets()).stream()
                .filter(version -> !Periods.lastDayOf(version.effectiveFrom(), definition.frequency(),
                        definition.yearBasis()).isAfter(Periods.lastDayOf(period, definition.frequency(),
                        definition.yearBasis())))
                .reduce((earlier, later) -> later);
    }

    /** The value in force: the latest version's (null once withdrawn, or when there is none). */
    static MeasuredValue valueOf(IndicatorYearHistory.PeriodHistory period) {
        if (period == null || period.values() == null || period.values().isEmpty()) {
            return null;
        }
        return period.values().get(period.values().size() - 1).value();
    }

    /** The period before this one of the same frequency. */
    static String previous(String period, Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> YearMonth.parse(period).minusMonths(1).toString();
            case QUARTERLY -> {
                int year = Integer.parseInt(period.substring(0, 4));
                int quarter = period.charAt(6) - '0';
                yield quarter == 1 ? (year - 1) + "-Q4" : year + "-Q" + (quarter - 1);
            }
            case TERMLY -> {
                String year = period.substring(0, 7);
                int term = period.charAt(9) - '0';
                yield term == 1 ? Periods.yearStarting(Periods.startOf(year) - 1) + "-T3"
                        : year + "-T" + (term - 1);
            }
            case ANNUAL -> Periods.yearStarting(Periods.startOf(period) - 1);
        };
    }
}
