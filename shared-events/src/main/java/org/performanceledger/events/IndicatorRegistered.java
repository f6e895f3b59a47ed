package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * An organisation started tracking an indicator under a code unique within that organisation.
 * Who registered it, and from where, travels in the event's metadata ({@link ProvenanceKeys}).
 * <p>
 * Revision 2 holds the whole {@link IndicatorDefinition}; revision 1 held only short name, description and polarity
 * beside the code, and is upcast (infra, {@code IndicatorRegisteredUpcaster}).
 *
 * @param organisationId the organisation's id, e.g. {@code southend}
 * @param code           the indicator's code as the organisation writes it, e.g. {@code CP 1.2}
 * @param definition     what the indicator is
 * @param recodedFrom    the code it had before, when it was re-coded; else null
 */
@Revision("2")
public record IndicatorRegistered(
        String organisationId,
        String code,
        IndicatorDefinition definition,
        String recodedFrom
) implements IndicatorEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
