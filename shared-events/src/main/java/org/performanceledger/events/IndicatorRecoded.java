package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * The indicator continues under a new code (registered with {@code recodedFrom} pointing back here); this code takes
 * no more returns.
 */
@Revision("1")
public record IndicatorRecoded(String organisationId, String code, String newCode, String reason) implements IndicatorEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
