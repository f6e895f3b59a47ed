package org.performanceledger.application.reports;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.MonthlyReportQuery;
import org.performanceledger.query.history.PeriodReportQuery;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.ReportPeriod;
import org.performanceledger.query.status.Status;
import org.performanceledger.query.history.ReportChanges;
import org.performanceledger.query.history.ReportChangesQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reports for any period (a month, a calendar quarter, a school term, a year), now or as of any moment; the
 * Monthly Performance Report of the earlier API; what changed in a month's report between two moments.
 */
public class Reports {

    private final Ledger ledger;
    private final Organisations organisations;
    private final Clock clock;

    public Reports(Ledger ledger, Organisations organisations, Clock clock) {
        this.ledger = ledger;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The report for a month as the ledger knew it at {@code asOf} (now when null), judged against the targets in
     * force then, or against today's when {@code judgedAgainstToday}.
     */
    public MonthlyReport monthly(Caller caller, String organisationId, String period, Instant asOf,
                                 boolean judgedAgainstToday) {
        readable(caller, organisationId, period);
        Instant targetsAsOf = judgedAgainstToday ? clock.instant() : null;
        Optional<MonthlyReport> report = ledger.query(new MonthlyReportQuery(organisationId, period, asOf,
                targetsAsOf), ResponseTypes.optionalInstanceOf(MonthlyReport.class));
        // The organisation exists (checked above): no report means no indicator yet, an empty report.
        return report.orElseGet(() -> new MonthlyReport(organisationId, period, asOf == null ? clock.instant() : asOf,
                null, List.of(), List.of(), List.of(), List.of()));
    }

    /**
     * The report for a period ({@code 2019-01}, {@code 2019-Q3}, {@code 2018-19-T1}, {@code 2018-19}) as the ledger
     * knew it at {@code asOf} (now when null), judged against the targets in force then or today's, detailing in
     * Sections 1 and 3 the indicators rated in one of {@code detailed} (empty or null: red, amber and yellow).
     */
    public PerformanceReport report(Caller caller, String organisationId, String period, Instant asOf,
                                    boolean judgedAgainstToday, Set<Status> detailed) {
        Action.READ.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        ReportPeriod reported = ReportPeriod.parse(period)
                .orElseThrow(() -> LedgerRejection.periodMalformed("period", period));
        Instant now = clock.instant();
        Optional<PerformanceReport> report = ledger.query(new PeriodReportQuery(organisationId, period, asOf,
                judgedAgainstToday ? now : null, detailed), ResponseTypes.optionalInstanceOf(PerformanceReport.class));
        // The organisation exists (checked above): no report means the history has no indicator of it yet.
        return report.orElseGet(() -> PerformanceReport.empty(organisationId, reported, asOf == null ? now : asOf));
    }

    /** What changed in a month's report between two moments; from defaults to its last publication, to to now. */
    public ReportChanges changes(Caller caller, String organisationId, String period, Instant from, Instant to) {
        readable(caller, organisationId, period);
        Optional<ReportChanges> changes = ledger.query(new ReportChangesQuery(organisationId, period, from, to),
                ResponseTypes.optionalInstanceOf(ReportChanges.class));
        return changes.orElseThrow(() -> new LedgerRejection(LedgerErrorCode.REPORT_NOT_PUBLISHED, "from",
                "Give 'from', or publish the report for '" + period + "' first",
                Map.of("organisationId", organisationId, "period", period)));
    }

    private void readable(Caller caller, String organisationId, String period) {
        Action.READ.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        if (Periods.yearOf(period, Frequency.MONTHLY, YearBasis.FINANCIAL).isEmpty()) {
            throw new LedgerRejection(LedgerErrorCode.PERIOD_MALFORMED, "period", "'" + period
                    + "' is not a month: the Monthly Performance Report is for a month such as 2019-01",
                    Map.of("acceptedForms", "months such as 2019-01"));
        }
    }
}
