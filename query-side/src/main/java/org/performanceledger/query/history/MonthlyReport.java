package org.performanceledger.query.history;

import org.performanceledger.events.ExpectedOutcome;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Monthly Performance Report as the source report arranges it.
 *
 * @param asOf          the recording time it reflects
 * @param indicators    every monthly indicator in code order
 * @param exceptions    Section 1: red and amber indicators, grouped by expected outcome, then responsible unit
 * @param byCorporateAim Section 2: every indicator grouped by corporate aim, with the count per expected outcome
 */
public record MonthlyReport(String organisationId, String period, Instant asOf, List<ReportRow> indicators,
                            List<ExceptionGroup> exceptions, List<AimGroup> byCorporateAim) {

    /** A Section 1 group: indicators rated red or amber with one expected outcome in one responsible unit. */
    public record ExceptionGroup(ExpectedOutcome expectedOutcome, String responsibleUnit, List<ReportRow> indicators) {
    }

    /** A Section 2 group: the indicators of one corporate aim, and how many have each expected outcome. */
    public record AimGroup(String corporateAim, List<ReportRow> indicators, Map<String, Long> countByExpectedOutcome) {
    }
}
