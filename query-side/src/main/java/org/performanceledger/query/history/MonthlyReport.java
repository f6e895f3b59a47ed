package org.performanceledger.query.history;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;

import org.performanceledger.query.status.Status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Monthly Performance Report as the source report arranges it.
 *
 * @param asOf          the recording time it reflects
 * @param publication   the publication it reproduces, when asked for as published; else null
 * @param indicators    every monthly indicator in code order
 * @param exceptions    Section 1: red and amber indicators, grouped by expected outcome, then responsible unit
 * @param byCorporateAim Section 2: every indicator grouped by corporate aim, with the count per expected outcome
 * @param details       Section 3: each indicator's last 24 months of value against target, and its latest commentary
 */
public record MonthlyReport(String organisationId, String period, Instant asOf, Publication publication,
                            List<ReportRow> indicators, List<ExceptionGroup> exceptions,
                            List<AimGroup> byCorporateAim, List<IndicatorDetail> details) {

    /**
     * The same report as of {@code moment}: for a report of "now" drawn up a moment ago from a view that has taken in
     * nothing since, which reads the same at any later moment.
     */
    public MonthlyReport asOf(Instant moment) {
        return new MonthlyReport(organisationId, period, moment, publication, indicators, exceptions, byCorporateAim,
                details);
    }

    /** Section 3: one indicator's months, oldest first, with its latest commentary. */
    public record IndicatorDetail(String code, String shortName, List<MonthPoint> months, String latestCommentary) {
    }

    /** One month of an indicator: its value, the target it was judged against, and the status. */
    public record MonthPoint(String period, MeasuredValue value, Target target,
                             Status status) {
    }

    /** When and to whom the report was issued, and by whom. */
    public record Publication(Instant publishedAt, String committee, String title, String publishedBy) {
    }

    /** A Section 1 group: indicators rated red or amber with one expected outcome in one responsible unit. */
    public record ExceptionGroup(ExpectedOutcome expectedOutcome, String responsibleUnit, List<ReportRow> indicators) {
    }

    /** A Section 2 group: the indicators of one corporate aim, and how many have each expected outcome. */
    public record AimGroup(String corporateAim, List<ReportRow> indicators, Map<String, Long> countByExpectedOutcome) {
    }
}
