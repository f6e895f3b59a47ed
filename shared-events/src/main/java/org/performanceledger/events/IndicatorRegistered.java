package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * An organisation started tracking an indicator under a code unique within that organisation.
 * Who registered it, and from where, travels in the event's metadata ({@link ProvenanceKeys}).
 *
 * @param organisationId the organisation's id, e.g. {@code southend}
 * @param code           the indicator's code as the organisation writes it, e.g. {@code CP 1.2}
 * @param shortName      the short name shown in reports
 * @param description    a longer description; may be null
 * @param polarity       which way is good
 */
@Revision("1")
public record IndicatorRegistered(
        String organisationId,
        String code,
        String shortName,
        String description,
        Polarity polarity
) {
}
