package org.performanceledger.query.history;

import java.time.Instant;

/**
 * The Monthly Performance Report of an organisation for a month ({@code 2019-01}), as the ledger knew it at
 * {@code asOf} (its own recording time); null means now. Statuses are judged against the targets in force at
 * {@code targetsAsOf}: null means the same moment as the values; give now to see a past position under today's
 * targets.
 */
public record MonthlyReportQuery(String organisationId, String period, Instant asOf, Instant targetsAsOf) {
}
