package org.performanceledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A return: the value of an indicator for a period.
 *
 * @param organisationId the organisation
 * @param code           the indicator
 * @param year           the year the period belongs to
 * @param period         the period, e.g. {@code 2019-01}
 * @param value          the value, or why there is none
 * @param numerator      optional numerator behind a rate; else null
 * @param denominator    optional denominator behind a rate; else null
 * @param dueDate        the day the return was due, by the organisation's rule
 * @param late           true when recorded after the due date (the ledger's own recording time decides)
 * @param sourceDate     the date a source document gives for the value (an import's "as at"); never the
 *                       recording time, which the ledger sets itself; null when none
 */
@Revision("1")
public record ValueRecorded(
        String organisationId,
        String code,
        String year,
        String period,
        MeasuredValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        LocalDate dueDate,
        boolean late,
        LocalDate sourceDate
) implements IndicatorYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
