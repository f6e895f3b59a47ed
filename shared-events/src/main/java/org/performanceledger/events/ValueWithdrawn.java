package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/** A recorded value was withdrawn: the period has no value again. What was withdrawn, and why, is kept. */
@Revision("1")
public record ValueWithdrawn(String organisationId, String code, String year, String period,
                             MeasuredValue withdrawn, String reason) implements IndicatorYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
