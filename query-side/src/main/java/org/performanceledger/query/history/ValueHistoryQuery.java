package org.performanceledger.query.history;

import java.time.Instant;

/** Every version of one period's value of an indicator recorded up to {@code asOf} (null: up to now). */
public record ValueHistoryQuery(String organisationId, String code, String period, Instant asOf) {
}
