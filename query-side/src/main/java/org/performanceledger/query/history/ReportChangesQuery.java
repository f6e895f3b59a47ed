package org.performanceledger.query.history;

import java.time.Instant;

/**
 * What changed in the report for a month between two moments of the ledger's recording time. A null
 * {@code from} means the report's last publication; a null {@code to} means now.
 */
public record ReportChangesQuery(String organisationId, String period, Instant from, Instant to) {
}
