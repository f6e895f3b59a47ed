package org.performanceledger.query.history;

import java.time.Instant;

/**
 * The Monthly Performance Report of an organisation for a month ({@code 2019-01}), as the ledger knew it at
 * {@code asOf} (its own recording time); null means now.
 */
public record MonthlyReportQuery(String organisationId, String period, Instant asOf) {
}
