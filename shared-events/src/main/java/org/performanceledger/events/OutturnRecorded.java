package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * A year-end result: estimated, final or revised, with the reason and the outturn it replaces (null for the first).
 */
@Revision("1")
public record OutturnRecorded(String organisationId, String code, String year, OutturnKind kind,
                              MeasuredValue value, MeasuredValue replaced, String reason) implements IndicatorYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
