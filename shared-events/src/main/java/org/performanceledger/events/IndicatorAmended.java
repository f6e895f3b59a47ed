package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * An indicator's definition was changed, for a stated reason. Both the definition before and after are kept, so
 * the change reads on its own.
 */
@Revision("1")
public record IndicatorAmended(
        String organisationId,
        String code,
        IndicatorDefinition previous,
        IndicatorDefinition amended,
        String reason
) implements IndicatorEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
