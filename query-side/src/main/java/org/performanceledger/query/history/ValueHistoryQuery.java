package org.performanceledger.query.history;

/** Every version of one period's value of an indicator. */
public record ValueHistoryQuery(String organisationId, String code, String period) {
}
