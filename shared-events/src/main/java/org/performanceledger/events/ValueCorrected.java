package org.performanceledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded value was restated. The value it replaces and the reason stay beside the new one; {@code sourceDate} is
 * the date a source document gives for the restated value, if any (never the recording time).
 */
@Revision("1")
public record ValueCorrected(
        String organisationId,
        String code,
        String year,
        String period,
        MeasuredValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        MeasuredValue replaced,
        String reason,
        LocalDate sourceDate
) implements IndicatorYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
