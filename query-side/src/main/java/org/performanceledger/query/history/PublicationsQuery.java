package org.performanceledger.query.history;

/** Every report the organisation published, in the order issued; only one period's when {@code period} is set. */
public record PublicationsQuery(String organisationId, String period) {
}
