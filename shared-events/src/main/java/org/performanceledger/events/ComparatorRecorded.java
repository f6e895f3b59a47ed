package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/** A comparator value for an indicator was recorded (a newer one of the same kind supersedes it). */
@Revision("1")
public record ComparatorRecorded(String organisationId, String code, Comparator comparator) implements IndicatorEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
