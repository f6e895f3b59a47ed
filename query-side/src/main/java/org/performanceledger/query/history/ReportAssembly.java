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
import org.performanceledger.events.YearBasis;
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
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        List<String> months = detailMonths(period);
        Map<YearBasis, MonthsOfBasis> byBasis = new EnumMap<>(YearBasis.class);
        List<ReportRow> rows = new ArrayList<>();
        List<MonthlyReport.IndicatorDetail> details = new ArrayList<>();
        indicators.forEach((code, definition) -> {
            // No basis is the financial year, as Periods reads it.
            MonthsOfBasis basis = byBasis.computeIfAbsent(Objects.requireNonNullElse(definition.yearBasis(),
                    YearBasis.FINANCIAL), yearBasis -> MonthsOfBasis.of(months, yearBasis));
            JudgedMonths judged = judged(code, definition, months, basis, asOf, targetsAsOf);
            rows.add(row(code, definition, judged, asOf));
            details.add(detail(code, definition, judged, asOf));
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

    /** Section 3's months as one year basis sees them: the year each falls in (null: none) and its last day. */
    private record MonthsOfBasis(String[] years, LocalDate[] lastDays) {

        static MonthsOfBasis of(List<String> months, YearBasis basis) {
            String[] years = new String[months.size()];
            LocalDate[] lastDays = new LocalDate[months.size()];
            for (int i = 0; i < months.size(); i++) {
                years[i] = Periods.yearOf(months.get(i), Frequency.MONTHLY, basis).orElse(null);
                lastDays[i] = Periods.lastDayOf(months.get(i), basis);
            }
            return new MonthsOfBasis(years, lastDays);
        }
    }

    /**
     * One indicator's 24 months up to the report's, each judged once: its versions (null: no year document holds
     * it), its value and the target in force. The row and Section 3 both read them: a report of 1,000
     * indicators judges 24,000 months, and that is most of what drawing it up costs.
     */
    private record JudgedMonths(List<String> months, String[] years, IndicatorYearHistory.PeriodHistory[] histories,
                                MeasuredValue[] values,
                                TargetInForce[] targets) {

        /** The report's own month: the last of them. */
        int reported() {
            return months.size() - 1;
        }
    }

    private JudgedMonths judged(String code, IndicatorDefinition definition, List<String> months,
                                MonthsOfBasis basis, Instant asOf, Instant targetsAsOf) {
        int count = months.size();
        IndicatorYearHistory.PeriodHistory[] histories = new IndicatorYearHistory.PeriodHistory[count];
        MeasuredValue[] values = new MeasuredValue[count];
        TargetInForce[] targets = new TargetInForce[count];
        // The months are consecutive: an indicator's year document changes at most twice in 24 of them.
        String yearOfDocument = null;
        IndicatorYearHistory document = null;
        YearTargets yearTargets = YearTargets.NONE;
        for (int i = 0; i < count; i++) {
            String year = basis.years()[i];
            if (year == null) {
                targets[i] = TargetInForce.NONE;
                continue;
            }
            if (!year.equals(yearOfDocument)) {
                yearOfDocument = year;
                document = years.get(IndicatorYearHistory.idOf(organisationId, code, year));
                yearTargets = document == null ? YearTargets.NONE
                        : YearTargets.of(document, definition.yearBasis(), targetsAsOf);
            }
            if (document != null) {
                histories[i] = document.period(months.get(i));
                values[i] = valueAt(histories[i], asOf);
            }
            targets[i] = yearTargets.inForce(basis.lastDays()[i]);
        }
        return new JudgedMonths(months, basis.years(), histories, values, targets);
    }

    private ReportRow row(String code, IndicatorDefinition definition, JudgedMonths judged, Instant asOf) {
        int reported = judged.reported();
        IndicatorYearHistory.PeriodHistory thisMonth = judged.histories()[reported];
        // Like the source report's "Latest Month": the month itself when it has a value, else the latest earlier
        // month of the same year that has one.
        int latest = reported;
        if (thisMonth != null) {
            for (int i = reported; i >= 0 && judged.years()[reported].equals(judged.years()[i]); i--) {
                if (judged.values()[i] != null) {
                    latest = i;
                    break;
                }
            }
        }
        String latestMonth = judged.months().get(latest);
        MeasuredValue value = judged.values()[latest];
        TargetInForce target = judged.targets()[latest];
        MeasuredValue previous = judged.values()[reported - 1];
        MeasuredValue lastYear = judged.values()[reported - 12];
        ExpectedOutcome outcome = thisMonth == null ? null : Versioned.latestAt(thisMonth.expectedOutcomes(), asOf)
                .map(IndicatorYearHistory.OutcomeVersion::outcome).orElse(null);
        String commentary = thisMonth == null ? null : Versioned.latestAt(thisMonth.commentary(), asOf)
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
    private MonthlyReport.IndicatorDetail detail(String code, IndicatorDefinition definition, JudgedMonths judged,
                                                 Instant asOf) {
        List<MonthlyReport.MonthPoint> points = new ArrayList<>(judged.months().size());
        String latestCommentary = null;
        MeasuredValue before = null;
        for (int i = 0; i < judged.months().size(); i++) {
            String month = judged.months().get(i);
            MeasuredValue value = judged.values()[i];
            TargetInForce target = judged.targets()[i];
            points.add(new MonthlyReport.MonthPoint(month, value, target.forPeriod(month),
                    target.status(scheme, definition.polarity(), value, month, floorStandards.get(code),
                            StatusRules.direction(definition.polarity(), value, before, target.annual()))));
            before = value;
            if (judged.histories()[i] != null) {
                latestCommentary = Versioned.latestAt(judged.histories()[i].commentary(), asOf)
                        .map(IndicatorYearHistory.CommentaryVersion::explanation).orElse(latestCommentary);
            }
        }
        return new MonthlyReport.IndicatorDetail(code, definition.shortName(), points, latestCommentary);
    }

    /** The value in force for a period at a moment: the last recorded or corrected version, unless withdrawn. */
    static MeasuredValue valueAt(IndicatorYearHistory year, String period, Instant asOf) {
        return valueAt(year.period(period), asOf);
    }

    private static MeasuredValue valueAt(IndicatorYearHistory.PeriodHistory period, Instant asOf) {
        return Versioned.latestAt(period.values(), asOf).map(IndicatorYearHistory.ValueChange::value).orElse(null);
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

    /**
     * A year document's targets as recorded by a moment, each with the last day of the period it takes effect from:
     * the target in force for a period is the latest of them that takes effect by that period's last day.
     */
    private record YearTargets(List<TargetInForce> versions, List<LocalDate> effectiveBy) {

        static final YearTargets NONE = new YearTargets(List.of(), List.of());

        static YearTargets of(IndicatorYearHistory year, YearBasis basis, Instant asOf) {
            List<TargetInForce> versions = new ArrayList<>();
            List<LocalDate> effectiveBy = new ArrayList<>();
            for (TargetVersion version : year.targets()) {
                if (!version.recorded().at().isAfter(asOf)) {
                    versions.add(TargetInForce.of(version));
                    effectiveBy.add(Periods.lastDayOf(version.effectiveFrom(), basis));
                }
            }
            return new YearTargets(versions, effectiveBy);
        }

        TargetInForce inForce(LocalDate periodEnds) {
            // A loop, not a stream: asked for every month of every indicator a report shows.
            TargetInForce inForce = TargetInForce.NONE;
            for (int i = 0; i < versions.size(); i++) {
                if (!effectiveBy.get(i).isAfter(periodEnds)) {
                    inForce = versions.get(i);
                }
            }
            return inForce;
        }
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
