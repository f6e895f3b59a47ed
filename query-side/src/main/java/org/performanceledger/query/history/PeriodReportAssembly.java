package org.performanceledger.query.history;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PerformanceReport.Aim;
import org.performanceledger.query.report.PerformanceReport.Column;
import org.performanceledger.query.report.PerformanceReport.Count;
import org.performanceledger.query.report.PerformanceReport.DetailAim;
import org.performanceledger.query.report.PerformanceReport.Group;
import org.performanceledger.query.report.PerformanceReport.OutcomeCounts;
import org.performanceledger.query.report.PerformanceReport.Row;
import org.performanceledger.query.report.ReportCells.Cell;
import org.performanceledger.query.report.ReportPeriod;
import org.performanceledger.query.report.ReportText;
import org.performanceledger.query.status.Status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A {@link PerformanceReport} of one position: the rows ({@link ReportRows}) and the three sections of the source
 * report over them, which name rows by code. Deterministic: rows in code order, groups in the orders below, so a
 * position renders the same every time.
 */
final class PeriodReportAssembly {

    /** Section 1's order of expected outcomes, as the source prints its groups. */
    private static final List<ExpectedOutcome> EXCEPTION_ORDER = List.of(ExpectedOutcome.AT_RISK,
            ExpectedOutcome.SOME_SLIPPAGE, ExpectedOutcome.ON_COURSE, ExpectedOutcome.NO_VALUE);
    /** The counts line's order, as the source prints it. */
    private static final List<ExpectedOutcome> COUNT_ORDER = List.of(ExpectedOutcome.AT_RISK,
            ExpectedOutcome.ON_COURSE, ExpectedOutcome.SOME_SLIPPAGE, ExpectedOutcome.NO_VALUE);

    private PeriodReportAssembly() {
    }

    static PerformanceReport report(String organisationId, ReportPeriod period, List<ReportIndicator> indicators,
                                    Map<String, IndicatorYearHistory> years, OrganisationReporting reporting,
                                    Instant asOf, Instant targetsAsOf, PerformanceReport.Publication publication,
                                    Set<Status> detailed, Instant generatedAt) {
        StatusScheme scheme = Versioned.latestAt(reporting.schemeVersions(), asOf)
                .map(OrganisationReporting.SchemeVersion::scheme).orElse(StatusScheme.THREE_STATE);
        ReportRows rowMaker = new ReportRows(organisationId, years, asOf, targetsAsOf, scheme);
        List<Row> rows = new ArrayList<>();
        Map<String, ReportIndicator> byCode = new LinkedHashMap<>();
        for (ReportIndicator indicator : indicators) {
            rows.add(rowMaker.row(indicator, period.kind()));
            byCode.put(indicator.code(), indicator);
        }
        List<Cell> statuses = scheme.states().stream().map(Status::valueOf).filter(detailed::contains)
                .map(ReportText::status).toList();
        Predicate<Row> exception = row -> detailed.contains(Status.valueOf(row.status().value()));
        Map<String, Aim> aims = aims(rows, reporting, asOf);
        List<DetailAim> details = new ArrayList<>();
        aims.values().forEach(aim -> {
            List<Row> members = rows.stream().filter(row -> Objects.equals(row.corporateAim(), aim.aim()))
                    .filter(exception).toList();
            if (!members.isEmpty()) {
                details.add(new DetailAim(aim.aim(), aim.title(), aim.heading(), counts(members), members.stream()
                        .map(row -> rowMaker.detail(byCode.get(row.code()), row)).toList()));
            }
        });
        String statusWords = String.join(" or ", statuses.stream().map(Cell::text).toList());
        OutcomeCounts counts = counts(rows);
        return new PerformanceReport(organisationId, period, asOf, ReportText.moment(asOf), targetsAsOf, publication,
                PerformanceReport.Generated.at(generatedAt),
                new PerformanceReport.Scheme(new Cell(scheme.name(), scheme.words()), ReportText.legend(scheme)),
                new PerformanceReport.Legends(ReportText.outcomeLegend(), ReportText.directionLegend()), counts,
                rows,
                new PerformanceReport.Section1("Section 1: Exceptions - " + period.words() + " performance",
                        statuses, columns(period, true), groups(rows, exception),
                        "Expected Outcome: Indicators on course to achieve target",
                        groups(rows, exception.negate().and(row -> ExpectedOutcome.ON_COURSE.name().equals(
                                row.expectedOutcome().value()) && row.commentary() != null
                                && !row.commentary().isBlank()))),
                new PerformanceReport.Section2("Section 2: Corporate Performance Indicators", counts,
                        columns(period, false), List.copyOf(aims.values())),
                new PerformanceReport.Section3("Section 3: Detail of indicators rated " + statusWords, statuses,
                        details));
    }

    /** Rows grouped by expected outcome (Section 1's order, undeclared last), then responsible unit (by name). */
    private static List<Group> groups(List<Row> rows, Predicate<Row> member) {
        Map<Integer, Map<String, List<String>>> grouped = new TreeMap<>();
        Map<Integer, Row> first = new TreeMap<>();
        for (Row row : rows) {
            if (!member.test(row)) {
                continue;
            }
            String outcome = row.expectedOutcome().value();
            int order = outcome == null ? EXCEPTION_ORDER.size()
                    : EXCEPTION_ORDER.indexOf(ExpectedOutcome.valueOf(outcome));
            first.putIfAbsent(order, row);
            grouped.computeIfAbsent(order, o -> new TreeMap<>())
                    .computeIfAbsent(row.responsibleUnit() == null ? "" : row.responsibleUnit(),
                            unit -> new ArrayList<>()).add(row.code());
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((order, byUnit) -> byUnit.forEach((unit, codes) -> groups.add(new Group(
                first.get(order).expectedOutcome(), unit.isEmpty() ? null : unit, codes))));
        return groups;
    }

    /** Section 2: the aims in the order of their first indicator's code, each with its description as of asOf. */
    private static Map<String, Aim> aims(List<Row> rows, OrganisationReporting reporting, Instant asOf) {
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.corporateAim() == null ? "" : row.corporateAim(),
                aim -> new ArrayList<>()).add(row));
        Map<String, Aim> aims = new LinkedHashMap<>();
        grouped.forEach((name, members) -> {
            String aim = name.isEmpty() ? null : name;
            OrganisationReporting.AimVersion described = Versioned.latestAt(reporting.aimVersions().stream()
                    .filter(version -> version.aim().equals(name)).toList(), asOf).orElse(null);
            String description = described == null ? null : described.description();
            List<String> priorities = described == null || described.priorities() == null ? List.of()
                    : described.priorities();
            String title = ReportText.aimTitle(aim);
            String heading = aim == null ? title : title + (description == null ? "" : ": " + description)
                    + (priorities.isEmpty() ? "" : ": Priorities • " + String.join(" • ", priorities));
            aims.put(name, new Aim(aim, title, description, priorities, heading, counts(members),
                    members.stream().map(Row::code).toList()));
        });
        return aims;
    }

    /** The counts of each expected outcome, in the source's order; the line leaves out the outcomes none has. */
    static OutcomeCounts counts(List<Row> rows) {
        List<Count> counts = new ArrayList<>();
        for (ExpectedOutcome outcome : COUNT_ORDER) {
            counts.add(new Count(outcome.name(), outcome.words(), rows.stream()
                    .filter(row -> outcome.name().equals(row.expectedOutcome().value())).count()));
        }
        long undeclared = rows.stream().filter(row -> row.expectedOutcome().value() == null).count();
        if (undeclared > 0) {
            counts.add(new Count(null, ReportText.outcome(null).text(), undeclared));
        }
        String line = String.join(", ", counts.stream().filter(count -> count.count() > 0)
                .map(count -> count.text() + " " + count.count()).toList());
        return new OutcomeCounts(counts, line);
    }

    /**
     * The sections' columns, headed as the source heads them ("Month's Value" in a month's report); Section 2 adds
     * the tolerance, stretch target and floor standard, which the source prints only for the indicators it details.
     */
    private static List<Column> columns(ReportPeriod period, boolean withCommentary) {
        boolean month = period.kind() == ReportPeriod.Kind.MONTH;
        String year = period.kind() == ReportPeriod.Kind.YEAR ? period.code()
                : new IndicatorPeriods(null, null).yearContaining(period.lastDay(
                org.performanceledger.events.YearBasis.FINANCIAL));
        List<Column> columns = new ArrayList<>(List.of(new Column("code", "MPR Code"),
                new Column("shortName", "Short Name"), new Column("polarity", "Minimise or Maximise"),
                new Column("period", month ? "Latest Month" : "Latest Period"),
                new Column("value", month ? "Month's Value" : "Period's Value"),
                new Column("periodTarget", month ? "Month's Target" : "Period's Target"),
                new Column("annualTarget", "Annual Target " + ReportPeriod.yearWords(year))));
        if (!withCommentary) {
            // Everything a target is judged on can be read: Section 2 holds every indicator.
            columns.add(new Column("targetTerms", "Tolerance, Stretch and Floor"));
        }
        columns.addAll(List.of(new Column("status", "Status"),
                new Column("expectedOutcome", "Expected Outcome"),
                new Column("againstSamePeriodLastYear", "Better or worse than last year")));
        columns.add(withCommentary ? new Column("commentary", "Comment - explanation of current performance, "
                + "actions to improve performance and anticipated future performance")
                : new Column("managedBy", "Managed By"));
        columns.add(new Column("scrutinyCommittee", "Scrutiny Committee"));
        return columns;
    }
}
