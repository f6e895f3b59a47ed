package org.performanceledger.query.register;

import org.performanceledger.events.Comparator;
import org.performanceledger.events.IndicatorDefinition;

import java.time.Instant;
import java.util.List;

/**
 * One indicator as the register shows it: its current definition, its status, where its code came from or went,
 * its latest comparator of each kind, and who registered it when. (Over REST the definition's fields are shown at
 * the top level, beside the others.)
 *
 * @param status           ACTIVE, RETIRED or RECODED
 * @param registeredBy     the username of who registered it
 * @param registeredByName their display name, as recorded with the registration
 */
public record IndicatorView(
        String organisationId,
        String code,
        IndicatorDefinition definition,
        String status,
        String recodedFrom,
        String recodedTo,
        List<Comparator> comparators,
        Instant registeredAt,
        String registeredBy,
        String registeredByName
) {
}
