package org.performanceledger.query.history;

import java.time.Instant;

/** The indicator register of an organisation, as the ledger knew it at {@code asOf} (null: now). */
public record IndicatorRegisterQuery(String organisationId, Instant asOf) {
}
