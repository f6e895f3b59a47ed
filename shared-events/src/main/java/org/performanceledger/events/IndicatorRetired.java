package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/** The indicator is no longer reported: no values, targets or commentary are accepted for it from now on. */
@Revision("1")
public record IndicatorRetired(String organisationId, String code, String reason) implements IndicatorEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
