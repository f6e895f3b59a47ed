package org.performanceledger.query.history;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Worded;
import org.performanceledger.query.report.PerformanceReport.Detail;
import org.performanceledger.query.report.PerformanceReport.Point;
import org.performanceledger.query.report.PerformanceReport.Row;
import org.performanceledger.query.report.ReportCells.Cell;
import org.performanceledger.query.report.ReportCells.NumberCell;
import org.performanceledger.query.report.ReportCells.RangeCell;
import org.performanceledger.query.report.ReportCells.TargetCell;
import org.performanceledger.query.report.ReportCells.ValueCell;
import org.performanceledger.query.report.ReportPeriod;
import org.performanceledger.query.report.ReportText;
import org.performanceledger.query.status.DirectionOfTravel;
import org.performanceledger.query.status.Status;
import org.performanceledger.query.status.StatusRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows and histories of a report, each indicator's judged as {@link StatusRules#rated} says in the scheme in
 * force: values and commentary as recorded by {@code asOf}, targets and floor standards by {@code targetsAsOf}.
 */
final class ReportRows {

    private final String organisationId;
    private final Map<String, IndicatorYearHistory> years;
    private final Instant asOf;
    private final Instant targetsAsOf;
    private final StatusScheme scheme;

    ReportRows(String organisationId, Map<String, IndicatorYearHistory> years, Instant asOf, Instant targetsAsOf,
               StatusScheme scheme) {
        this.organisationId = organisationId;
        this.years = years;
        this.asOf = asOf;
        this.targetsAsOf = targetsAsOf;
        this.scheme = scheme;
    }

    Row row(ReportIndicator indicator, ReportPeriod.Kind kind) {
        IndicatorDefinition d = indicator.definition();
        IndicatorPeriods periods = indicator.periods();
        String ending = indicator.periodEnding();
        Shown shown = shown(indicator, ending, kind);
        Shown lastYear = shown.outturn() ? yearResult(indicator, Periods.yearStarting(Periods.startOf(
                shown.period()) - 1))
                : new Shown(periods.sameLastYear(shown.period()), value(indicator, periods.sameLastYear(
                shown.period())), false);
        Shown previous = shown.outturn() ? lastYear : new Shown(periods.previous(shown.period()),
                value(indicator, periods.previous(shown.period())), false);
        TargetsInForce targets = targets(indicator, shown.outturn() ? ending : shown.period());
        Target annual = targets.annual();
        DirectionOfTravel againstLastYear = StatusRules.direction(d.polarity(), shown.value(), lastYear.value(),
                annual);
        DirectionOfTravel againstPrevious = StatusRules.direction(d.polarity(), shown.value(), previous.value(),
                annual);
        Optional<BigDecimal> floor = indicator.floorStandard(targetsAsOf);
        Status status = StatusRules.rated(scheme, d.polarity(), shown.value(), annual, targets.tolerance(),
                targets.profile(), shown.period(), floor.orElse(null), trend(againstPrevious, againstLastYear));
        String unit = d.unit();
        Integer places = d.decimalPlaces();
        Optional<IndicatorYearHistory.OutturnVersion> outturn = kind == ReportPeriod.Kind.YEAR
                ? outturn(indicator, ending) : Optional.empty();
        RangeCell expectedRange = expectedRange(d.polarity(), targets.profile(), shown.period(), unit, places);
        TargetCell stretch = targets.stretch() == null ? null : targetCell(targets.stretch(), unit, places, "-");
        Cell tolerance = targets.tolerance() == null ? null : new Cell(targets.tolerance().kind().name(),
                ReportText.tolerance(targets.tolerance(), unit, places));
        NumberCell floorStandard = floor.map(value -> new NumberCell(value, ReportText.number(value, unit, places)))
                .orElse(null);
        return new Row(indicator.code(), d.shortName(), cell(d.polarity()), cell(d.basis()), unit, places,
                cell(d.frequency()), new Cell(shown.period(), shown.outturn()
                ? ReportPeriod.yearWords(shown.period()) + " outturn" : ReportPeriod.wordsOf(shown.period(),
                periods.frequency())),
                valueCell(shown.value(), unit, places),
                expectedRange != null ? rangeTarget(expectedRange, unit, places)
                        : targetCell(shown.outturn() ? annual : StatusRules.periodTarget(annual, targets.profile(),
                        shown.period()), unit, places, "-"),
                targetCell(annual, unit, places, "-"),
                stretch, tolerance, expectedRange, floorStandard,
                ReportText.targetTerms(tolerance == null ? null : tolerance.text(),
                        stretch == null ? null : stretch.text(), floorStandard == null ? null : floorStandard.text()),
                outturn.map(version -> new ValueCell(version.value(), ReportText.value(version.value(), unit, places)
                        + " (" + version.kind().words().toLowerCase() + ")")).orElse(null),
                ReportText.status(status), ReportText.outcome(outcome(indicator, ending, shown.period())),
                ReportText.direction(againstLastYear, "the same period last year"),
                ReportText.direction(againstPrevious, "the previous period"),
                commentary(indicator, ending).or(() -> commentary(indicator, shown.period())).orElse(null),
                d.managedBy(), d.responsibleUnit(), d.scrutinyCommittee(), d.corporateAim(), d.yearIntroduced(),
                d.externalReference());
    }

    /** Section 3: the indicator's periods of value against target, judged as the rows are. */
    Detail detail(ReportIndicator indicator, Row row) {
        IndicatorDefinition d = indicator.definition();
        List<Point> points = new ArrayList<>();
        String latestCommentary = null;
        MeasuredValue before = null;
        for (String period : indicator.detailPeriods()) {
            MeasuredValue value = value(indicator, period);
            TargetsInForce targets = targets(indicator, period);
            Status status = StatusRules.rated(scheme, d.polarity(), value, targets.annual(), targets.tolerance(),
                    targets.profile(), period, indicator.floorStandard(targetsAsOf).orElse(null),
                    StatusRules.direction(d.polarity(), value, before, targets.annual()));
            RangeCell range = expectedRange(d.polarity(), targets.profile(), period, d.unit(), d.decimalPlaces());
            points.add(new Point(new Cell(period, ReportPeriod.wordsOf(period, indicator.periods().frequency())),
                    valueCell(value, d.unit(), d.decimalPlaces()), range != null
                    ? rangeTarget(range, d.unit(), d.decimalPlaces()) : targetCell(StatusRules.periodTarget(
                    targets.annual(), targets.profile(), period), d.unit(), d.decimalPlaces(), " - "),
                    ReportText.status(status)));
            latestCommentary = commentary(indicator, period).orElse(latestCommentary);
            before = value;
        }
        String range = points.isEmpty() ? "" : points.get(0).period().text() + " to "
                + points.get(points.size() - 1).period().text();
        return new Detail(indicator.code(), range, points, row.commentary() != null ? row.commentary()
                : latestCommentary);
    }

    /** The improvement that makes a red amber in the five-state scheme: on the previous period, else last year. */
    private static DirectionOfTravel trend(DirectionOfTravel previous, DirectionOfTravel lastYear) {
        return previous == DirectionOfTravel.NO_COMPARISON ? lastYear : previous;
    }

    /** The value a row shows, the period it is of, and whether it is the year's outturn. */
    private record Shown(String period, MeasuredValue value, boolean outturn) {
    }

    /**
     * A year's outturn in a year's report; else the period ending the report's when it has a value, else the
     * latest earlier period of the same year with one, else the period ending the report's, without a value.
     */
    private Shown shown(ReportIndicator indicator, String ending, ReportPeriod.Kind kind) {
        if (kind == ReportPeriod.Kind.YEAR) {
            Optional<IndicatorYearHistory.OutturnVersion> outturn = outturn(indicator, ending);
            if (outturn.isPresent() && outturn.get().value() != null) {
                return new Shown(indicator.periods().yearOf(ending).orElseThrow(), outturn.get().value(), true);
            }
        }
        IndicatorPeriods periods = indicator.periods();
        List<String> ofYear = periods.yearOf(ending).map(periods::periodsOf).orElse(List.of());
        for (int i = ofYear.indexOf(ending); i >= 0; i--) {
            MeasuredValue value = value(indicator, ofYear.get(i));
            if (value != null) {
                return new Shown(ofYear.get(i), value, false);
            }
        }
        return new Shown(ending, null, false);
    }

    /** The year before's result, as a year's report shows it: its outturn, else nothing to compare with. */
    private Shown yearResult(ReportIndicator indicator, String year) {
        return new Shown(year, year(indicator, year).flatMap(document -> Versioned.latestAt(document.outturns(),
                asOf)).map(IndicatorYearHistory.OutturnVersion::value).orElse(null), true);
    }

    private Optional<IndicatorYearHistory.OutturnVersion> outturn(ReportIndicator indicator, String ending) {
        return indicator.periods().yearOf(ending).flatMap(year -> year(indicator, year))
                .flatMap(document -> Versioned.latestAt(document.outturns(), asOf));
    }

    private MeasuredValue value(ReportIndicator indicator, String period) {
        return document(indicator, period).map(year -> ReportAssembly.valueAt(year, period, asOf)).orElse(null);
    }

    private ExpectedOutcome outcome(ReportIndicator indicator, String ending, String shown) {
        return outcomeOf(indicator, ending).or(() -> outcomeOf(indicator, shown)).orElse(null);
    }

    private Optional<ExpectedOutcome> outcomeOf(ReportIndicator indicator, String period) {
        return document(indicator, period).flatMap(year -> Versioned.latestAt(year.period(period)
                .expectedOutcomes(), asOf)).map(IndicatorYearHistory.OutcomeVersion::outcome);
    }

    private Optional<String> commentary(ReportIndicator indicator, String period) {
        return document(indicator, period).flatMap(year -> Versioned.latestAt(year.period(period).commentary(),
                asOf)).map(IndicatorYearHistory.CommentaryVersion::explanation);
    }

    /** The targets in force for a period: the latest set by targetsAsOf that takes effect by that period. */
    private TargetsInForce targets(ReportIndicator indicator, String period) {
        IndicatorPeriods periods = indicator.periods();
        return document(indicator, period).flatMap(document -> document.targets().stream()
                        .filter(version -> !version.recorded().at().isAfter(targetsAsOf))
                        .filter(version -> version.effectiveFrom() == null || !periods.lastDay(
                                version.effectiveFrom()).isAfter(periods.lastDay(period)))
                        .reduce((earlier, later) -> later))
                .map(version -> new TargetsInForce(version.target(), version.stretchTarget(), version.tolerance(),
                        version.profile() == null ? List.of() : version.profile()))
                .orElse(new TargetsInForce(null, null, null, List.of()));
    }

    private record TargetsInForce(Target annual, Target stretch, org.performanceledger.events.Tolerance tolerance,
                                  List<PeriodTarget> profile) {
    }

    private Optional<IndicatorYearHistory> document(ReportIndicator indicator, String period) {
        return indicator.periods().yearOf(period).flatMap(year -> year(indicator, year));
    }

    private Optional<IndicatorYearHistory> year(ReportIndicator indicator, String year) {
        return Optional.ofNullable(years.get(IndicatorYearHistory.idOf(organisationId, indicator.code(), year)));
    }

    private static RangeCell expectedRange(Polarity polarity, List<PeriodTarget> profile, String period, String unit,
                                           Integer places) {
        if (polarity != Polarity.ACTIVITY) {
            return null;
        }
        return profile.stream().filter(entry -> entry.period().equals(period) && entry.lower() != null
                        && entry.upper() != null).findFirst()
                .map(entry -> new RangeCell(entry.lower(), entry.upper(), ReportText.number(entry.lower(), unit,
                        places) + " - " + ReportText.number(entry.upper(), unit, places))).orElse(null);
    }

    /**
     * An activity indicator's expected range where a target column stands ("Expected 3,000-4,000"): its target is
     * the range, so a chart draws it as a band.
     */
    private static TargetCell rangeTarget(RangeCell range, String unit, Integer places) {
        return new TargetCell(new Target(TargetKind.RANGE, null, range.lower(), range.upper(), null),
                ReportText.expectedRange(range.lower(), range.upper(), unit, places));
    }

    private static ValueCell valueCell(MeasuredValue value, String unit, Integer places) {
        return new ValueCell(value, ReportText.value(value, unit, places));
    }

    private static TargetCell targetCell(Target target, String unit, Integer places, String rangeSeparator) {
        return new TargetCell(target, ReportText.target(target, unit, places, rangeSeparator));
    }

    private static Cell cell(Enum<?> value) {
        return value == null ? null : new Cell(value.name(), ((Worded) value).words());
    }
}
