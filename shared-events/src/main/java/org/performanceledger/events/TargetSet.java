package org.performanceledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An indicator's target for a year was set or changed, by an authority, for a reason, from a period on.
 *
 * @param organisationId the organisation
 * @param code           the indicator
 * @param year           the year, e.g. {@code 2018-19}
 * @param target         the annual target
 * @param stretchTarget  an optional stretch target; null when none
 * @param tolerance      how far from target is still amber; null when none
 * @param profile        per-period targets (or activity ranges); empty when the annual target applies throughout
 * @param reason         why it was set or changed
 * @param authority      who approved it, e.g. "Cabinet, 19 January 2017"
 * @param effectiveFrom  the first period it applies to
 * @param replaced       the target in force before; null for the first
 */
@Revision("1")
public record TargetSet(
        String organisationId,
        String code,
        String year,
        Target target,
        Target stretchTarget,
        Tolerance tolerance,
        List<PeriodTarget> profile,
        String reason,
        String authority,
        String effectiveFrom,
        Target replaced
) implements IndicatorYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
