package org.performanceledger.command.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MultiLine;

/**
 * Change any part of an indicator's definition, for a reason.
 *
 * @param change the fields to change; a field left null (or blank) keeps its current value
 */
public record AmendIndicator(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Valid IndicatorDefinition change,
        @NotBlank @MultiLine @Size(max = LedgerRules.REASON_MAX) String reason
) {

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorId.of(organisationId, code);
    }

    /** The definition this amendment makes of the current one. */
    public IndicatorDefinition applyTo(IndicatorDefinition current) {
        return current.amendedBy(change);
    }
}
