package org.performanceledger.query.history;

/**
 * A period's report exactly as it was issued: its {@code number}th publication (1 the first), or the last when
 * {@code number} is null. Everything as of the publication: values, targets, the status scheme and aims.
 */
public record PublishedPeriodReportQuery(String organisationId, String period, Integer number) {
}
