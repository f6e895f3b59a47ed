package org.performanceledger.application.reports;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.views.ViewAdministration;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.history.IndicatorHistoryProjection;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reports for any period (a month, a calendar quarter, a school term, a year), now or as of any moment; the
 * Monthly Performance Report of the earlier API; what changed in a month's report between two moments.
 */
public class Reports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Ledger ledger;
    private final Organisations organisations;
    private final ViewAdministration views;
    private final Clock clock;
    private final ReportCache cache = new ReportCache();

    /** @param views where the views stand: a report says through which event of the ledger it was drawn */
    public Reports(Ledger ledger, Organisations organisations, ViewAdministration views, Clock clock) {
        this.ledger = ledger;
        this.organisations = organisations;
        this.views = views;
        this.clock = clock;
    }

    /**
     * The report for a month as the ledger knew it at {@code asOf} (now when null), judged against the targets in
     * force then, or against today's when {@code judgedAgainstToday}.
     */
    public MonthlyReport monthly(Caller caller, String organisationId, String period, Instant asOf,
                                 boolean judgedAgainstToday) {
        readable(caller, organisationId, period);
        Instant now = clock.instant();
        // Read before the report: the view held at least every event through it when the report was read.
        ReportCache.Key key = key("monthly", organisationId, period, asOf, judgedAgainstToday, Set.of(),
                historyPosition());
        MonthlyReport report = drawnUp(key, () -> ledger.query(new MonthlyReportQuery(organisationId, period,
                        asOf == null ? now : asOf, judgedAgainstToday ? now : null),
                        ResponseTypes.optionalInstanceOf(MonthlyReport.class))
                // The organisation exists (checked above): no report means no indicator yet, an empty report.
                .orElseGet(() -> new MonthlyReport(organisationId, period, asOf == null ? now : asOf, null, List.of(),
                        List.of(), List.of(), List.of())));
        return asOf == null ? report.asOf(now) : report;
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
        begun(reported);
        Instant now = clock.instant();
        // Read before the report: the views held at least every event through it when the report was read.
        OptionalLong position = historyPosition();
        ReportCache.Key key = key("period", organisationId, reported.code(), asOf, judgedAgainstToday, detailed,
                position);
        PerformanceReport report = drawnUp(key, () -> ledger.query(new PeriodReportQuery(organisationId, period,
                        asOf == null ? now : asOf, judgedAgainstToday ? now : null, detailed),
                        ResponseTypes.optionalInstanceOf(PerformanceReport.class))
                // The organisation exists (checked above): no report means the history has no indicator of it yet.
                .orElseGet(() -> PerformanceReport.empty(organisationId, reported, asOf == null ? now : asOf, now))
                .drawnThrough(position.orElse(0)));
        return report.drawnUpAgainAt(now, asOf == null, judgedAgainstToday);
    }

    /**
     * The global index of the ledger's events through which the reports' view (the indicator history) has taken
     * in every event: a report read after this says it was drawn from the ledger through that event.
     */
    public long ledgerPosition() {
        return historyPosition().orElse(0);
    }

    /** Where the reports' view stands; empty where this ledger keeps no such view. */
    private OptionalLong historyPosition() {
        return views.status().stream().filter(view -> view.name().equals(IndicatorHistoryProjection.PROCESSING_GROUP))
                .mapToLong(ViewStatus::position).findFirst();
    }

    /**
     * What was asked, with where the reports' view stands: its position, and what it has taken in (which a late
     * event filling a gap changes at the same position). Read before the report is drawn up.
     */
    private ReportCache.Key key(String kind, String organisationId, String period, Instant asOf,
                                boolean targetsOfToday, Set<Status> detailed, OptionalLong position) {
        return new ReportCache.Key(kind, organisationId, period, asOf, targetsOfToday,
                detailed == null ? Set.of() : Set.copyOf(detailed), position.orElse(0),
                views.takenIn(IndicatorHistoryProjection.PROCESSING_GROUP).orElse(null));
    }

    /**
     * The report {@code drawUp} gives, or the one it gave when the view had taken in the same events, if that is
     * kept; nothing is kept while what the view has taken in is not known (being rebuilt, switched over, or built
     * by another node).
     */
    private <T> T drawnUp(ReportCache.Key key, Supplier<T> drawUp) {
        return key.takenIn() != null ? cache.get(key, drawUp) : drawUp.get();
    }

    /**
     * A report is for a period that has begun by the ledger's clock, as a value is: the report of a period still to
     * come would be empty, which reads as though nothing had been recorded.
     */
    private void begun(ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        if (period.firstDay().isAfter(today)) {
            throw new LedgerRejection(LedgerErrorCode.PERIOD_NOT_BEGUN, "period", "The report for "
                    + period.words() + " (" + period.code() + ") cannot be drawn up yet: the period begins on "
                    + DAY.format(period.firstDay()) + ", after today (" + DAY.format(today) + ")",
                    Map.of("period", period.code(), "begins", period.firstDay().toString()));
        }
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
