package org.performanceledger.query.history;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;
import org.performanceledger.query.history.IndicatorYearHistory.TargetVersion;
import org.performanceledger.query.history.MonthlyReport.AimGroup;
import org.performanceledger.query.history.MonthlyReport.ExceptionGroup;
import org.performanceledger.query.status.DirectionOfTravel;
import org.performanceledger.query.status.Status;
import org.performanceledger.query.status.StatusRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Monthly Performance Report of one position, assembled from an organisation's indicators and their year
 * documents: each row's value, targets, status, direction, outcome and commentary as recorded by {@code asOf}
 * (targets as recorded by {@code targetsAsOf}), Section 1's exceptions, Section 2's aims and Section 3's months.
 */
final class ReportAssembly {

    /** Section 3 shows this many months up to the report's month. */
    static final int DETAIL_MONTHS = 24;

    private static final List<ExpectedOutcome> OUTCOME_ORDER = List.of(ExpectedOutcome.AT_RISK,
            ExpectedOutcome.SOME_SLIPPAGE, ExpectedOutcome.ON_COURSE, ExpectedOutcome.NO_VALUE);

    private final String organisationId;
    private final Map<String, IndicatorYearHistory> years;
    private final StatusScheme scheme;
    private final Map<String, BigDecimal> floorStandards;
    private final Map<String, Optional<String>> yearOfMonth = new HashMap<>();

    /**
     * @param years          the year documents the report's months need ({@link #yearIds}), by id
     * @param scheme         the organisation's status scheme in force at the report's moment
     * @param floorStandards each indicator's floor standard in force, by code (none for most)
     */
    ReportAssembly(String organisationId, Map<String, IndicatorYearHistory> years, StatusScheme scheme,
                   Map<String, BigDecimal> floorStandards) {
        this.organisationId = organisationId;
        this.years = years;
        this.scheme = scheme;
        this.floorStandards = floorStandards;
    }

    /** The months a report reads: Section 3's 24 up to {@code period}, and the same month last year. */
    static List<String> monthsRead(String period) {
        List<String> months = new ArrayList<>(detailMonths(period));
        months.add(YearMonth.parse(period).minusYears(1).toString());
        return months;
    }

    /** The ids of the year documents holding {@code months} of {@code indicators}. */
    static Set<String> yearIds(String organisationId, Map<String, IndicatorDefinition> indicators,
                               List<String> months) {
        Set<String> ids = new HashSet<>();
        indicators.forEach((code, definition) -> months.forEach(month ->
                Periods.yearOf(month, Frequency.MONTHLY, definition.yearBasis()).ifPresent(year ->
                        ids.add(IndicatorYearHistory.idOf(organisationId, code, year)))));
        return ids;
    }

    MonthlyReport report(String period, Map<String, IndicatorDefinition> indicators, Instant asOf,
                         Instant targetsAsOf, MonthlyReport.Publication publication) {
        List<ReportRow> rows = new ArrayList<>();
        List<MonthlyReport.IndicatorDetail> details = new ArrayList<>();
        indicators.forEach((code, definition) -> {
            rows.add(row(code, definition, period, asOf, targetsAsOf));
            details.add(detail(code, definition, detailMonths(period), asOf, targetsAsOf));
        });
        return new MonthlyReport(organisationId, period, asOf, publication, rows, exceptions(rows),
                byCorporateAim(rows), details);
    }

    private static List<String> detailMonths(String period) {
        YearMonth month = YearMonth.parse(period);
        List<String> months = new ArrayList<>();
        for (int back = DETAIL_MONTHS - 1; back >= 0; back--) {
            months.add(month.minusMonths(back).toString());
        }
        return months;
    }

    private ReportRow row(String code, IndicatorDefinition definition, String period, Instant asOf,
                          Instant targetsAsOf) {
        YearMonth month = YearMonth.parse(period);
        String previousPeriod = month.minusMonths(1).toString();
        String lastYearPeriod = month.minusYears(1).toString();
        Optional<IndicatorYearHistory> thisYear = year(code, definition, period);
        String latestMonth = thisYear.flatMap(year -> latestMonthWithValue(year, period, definition, asOf))
                .orElse(period);
        MeasuredValue value = thisYear.map(year -> valueAt(year, latestMonth, asOf)).orElse(null);
        TargetInForce target = targetAt(thisYear, latestMonth, definition, targetsAsOf);
        MeasuredValue previous = year(code, definition, previousPeriod).map(y -> valueAt(y, previousPeriod, asOf))
                .orElse(null);
        MeasuredValue lastYear = year(code, definition, lastYearPeriod).map(y -> valueAt(y, lastYearPeriod, asOf))
                .orElse(null);
        ExpectedOutcome outcome = thisYear.flatMap(year -> Versioned.latestAt(year.period(period)
                .expectedOutcomes(), asOf)).map(IndicatorYearHistory.OutcomeVersion::outcome).orElse(null);
        String commentary = thisYear.flatMap(year -> Versioned.latestAt(year.period(period).commentary(), asOf))
                .map(IndicatorYearHistory.CommentaryVersion::explanation).orElse(null);
        DirectionOfTravel againstLastYear = StatusRules.direction(definition.polarity(), value, lastYear,
                target.annual());
        DirectionOfTravel againstPrevious = StatusRules.direction(definition.polarity(), value, previous,
                target.annual());
        DirectionOfTravel trend = againstPrevious == DirectionOfTravel.NO_COMPARISON ? againstLastYear
                : againstPrevious;
        return new ReportRow(code, definition.shortName(), definition.polarity(),
                definition.basis() == null ? null : definition.basis().name(), definition.unit(), latestMonth, value,
                target.forPeriod(latestMonth), target.annual(), target.status(scheme, definition.polarity(), value,
                latestMonth, floorStandards.get(code), trend),
                outcome, againstLastYear, againstPrevious, commentary,
                definition.managedBy(), definition.responsibleUnit(), definition.scrutinyCommittee(),
                definition.corporateAim());
    }

    /** Section 3: the indicator's value against target month by month, judged as the rows are. */
    private MonthlyReport.IndicatorDetail detail(String code, IndicatorDefinition definition, List<String> months,
                                                 Instant asOf, Instant targetsAsOf) {
        List<MonthlyReport.MonthPoint> points = new ArrayList<>();
        String latestCommentary = null;
        MeasuredValue before = null;
        for (String month : months) {
            Optional<IndicatorYearHistory> year = year(code, definition, month);
            MeasuredValue value = year.map(y -> valueAt(y, month, asOf)).orElse(null);
            TargetInForce target = targetAt(year, month, definition, targetsAsOf);
            points.add(new MonthlyReport.MonthPoint(month, value, target.forPeriod(month),
                    target.status(scheme, definition.polarity(), value, month, floorStandards.get(code),
                            StatusRules.direction(definition.polarity(), value, before, target.annual()))));
            before = value;
            latestCommentary = year.flatMap(y -> Versioned.latestAt(y.period(month).commentary(), asOf))
                    .map(IndicatorYearHistory.CommentaryVersion::explanation).orElse(latestCommentary);
        }
        return new MonthlyReport.IndicatorDetail(code, definition.shortName(), points, latestCommentary);
    }

    /**
     * Like the source report's "Latest Month": the month itself when it has a value, else the latest earlier month
     * of the same year that has one.
     */
    private static Optional<String> latestMonthWithValue(IndicatorYearHistory year, String period,
                                                         IndicatorDefinition definition, Instant asOf) {
        Optional<String> yearOfPeriod = Periods.yearOf(period, Frequency.MONTHLY, definition.yearBasis());
        for (YearMonth month = YearMonth.parse(period); Periods.yearOf(month.toString(), Frequency.MONTHLY,
                definition.yearBasis()).equals(yearOfPeriod); month = month.minusMonths(1)) {
            if (valueAt(year, month.toString(), asOf) != null) {
                return Optional.of(month.toString());
            }
        }
        return Optional.empty();
    }

    /** The year document a month of an indicator lives in, if there is one. */
    private Optional<IndicatorYearHistory> year(String code, IndicatorDefinition definition, String month) {
        // The same few months' years are asked for every indicator: worked out once per report.
        Optional<String> year = yearOfMonth.computeIfAbsent(month + "/" + definition.yearBasis(),
                key -> Periods.yearOf(month, Frequency.MONTHLY, definition.yearBasis()));
        return year.map(found -> years.get(IndicatorYearHistory.idOf(organisationId, code, found)));
    }

    /** The value in force for a period at a moment: the last recorded or corrected version, unless withdrawn. */
    static MeasuredValue valueAt(IndicatorYearHistory year, String period, Instant asOf) {
        return Versioned.latestAt(year.period(period).values(), asOf).map(IndicatorYearHistory.ValueChange::value)
                .orElse(null);
    }

    /** A target version as judged: the annual target, its tolerance and profile (all absent when none is set). */
    private record TargetInForce(Target annual, Tolerance tolerance, List<PeriodTarget> profile) {

        static final TargetInForce NONE = new TargetInForce(null, null, List.of());

        static TargetInForce of(TargetVersion version) {
            return new TargetInForce(version.target(), version.tolerance(),
                    version.profile() == null ? List.of() : version.profile());
        }

        Target forPeriod(String period) {
            return StatusRules.periodTarget(annual, profile, period);
        }

        Status status(StatusScheme scheme, Polarity polarity, MeasuredValue value, String period,
                      BigDecimal floorStandard, DirectionOfTravel trend) {
            return StatusRules.rated(scheme, polarity, value, annual, tolerance, profile, period, floorStandard,
                    trend);
        }
    }

    /** The target in force for a period at a moment: the latest set by then that takes effect by that period. */
    private static TargetInForce targetAt(Optional<IndicatorYearHistory> year, String period,
                                          IndicatorDefinition definition, Instant asOf) {
        if (year.isEmpty()) {
            return TargetInForce.NONE;
        }
        // A loop, not a stream: asked for every month of every indicator a report shows.
        LocalDate periodEnds = Periods.lastDayOf(period, definition.yearBasis());
        TargetVersion inForce = null;
        for (TargetVersion version : year.get().targets()) {
            if (!version.recorded().at().isAfter(asOf)
                    && !Periods.lastDayOf(version.effectiveFrom(), definition.yearBasis()).isAfter(periodEnds)) {
                inForce = version;
            }
        }
        return inForce == null ? TargetInForce.NONE : TargetInForce.of(inForce);
    }

    private static List<ExceptionGroup> exceptions(List<ReportRow> rows) {
        Map<ExpectedOutcome, Map<String, List<ReportRow>>> grouped = new TreeMap<>(
                Comparator.comparingInt(outcome -> outcome == null ? OUTCOME_ORDER.size()
                        : OUTCOME_ORDER.indexOf(outcome)));
        Map<String, List<ReportRow>> withoutOutcome = new TreeMap<>();
        for (ReportRow row : rows) {
            if (row.status() != Status.RED && row.status() != Status.AMBER) {
                continue;
            }
            String unit = row.responsibleUnit() == null ? "" : row.responsibleUnit();
            Map<String, List<ReportRow>> byUnit = row.expectedOutcome() == null ? withoutOutcome
                    : grouped.computeIfAbsent(row.expectedOutcome(), outcome -> new TreeMap<>());
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(row);
        }
        List<ExceptionGroup> groups = new ArrayList<>();
        grouped.forEach((outcome, byUnit) -> byUnit.forEach((unit, members) ->
                groups.add(new ExceptionGroup(outcome, unit.isEmpty() ? null : unit, members))));
        withoutOutcome.forEach((unit, members) -> groups.add(new ExceptionGroup(null, unit.isEmpty() ? null : unit,
                members)));
        return groups;
    }

    private static List<AimGroup> byCorporateAim(List<ReportRow> rows) {
        // Aims in the order of their first indicator's code, as the source report lists them (SAFE: CP 1.x first).
        Map<String, List<ReportRow>> grouped = rows.stream().collect(Collectors.groupingBy(
                row -> row.corporateAim() == null ? "" : row.corporateAim(), LinkedHashMap::new, Collectors.toList()));
        List<AimGroup> groups = new ArrayList<>();
        grouped.forEach((aim, members) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (ExpectedOutcome outcome : OUTCOME_ORDER) {
                counts.put(outcome.name(), members.stream().filter(row -> row.expectedOutcome() == outcome).count());
            }
            counts.put("NOT_DECLARED", members.stream().filter(row -> row.expectedOutcome() == null).count());
            groups.add(new AimGroup(aim.isEmpty() ? null : aim, members, counts));
        });
        return groups;
    }
}
