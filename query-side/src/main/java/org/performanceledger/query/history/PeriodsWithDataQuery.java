package org.performanceledger.query.history;

/**
 * The periods for which an organisation holds values (recorded or corrected, not withdrawn), by its indicators'
 * frequencies: the reports that have something to show.
 */
public record PeriodsWithDataQuery(String organisationId) {
}
