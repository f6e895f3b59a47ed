package org.performanceledger.query.history;

/** The report for a month exactly as it stood when it was last published (issued to a committee). */
public record PublishedReportQuery(String organisationId, String period) {
}
