package org.performanceledger.query.register;

import org.performanceledger.events.Polarity;

import java.time.Instant;

/** One indicator as the register shows it. */
public record IndicatorView(
        String organisationId,
        String code,
        String shortName,
        String description,
        Polarity polarity,
        Instant registeredAt,
        String registeredBy
) {
}
