package org.performanceledger.command.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.Polarity;

/** Start tracking an indicator in an organisation under a code not used there before. */
public record RegisterIndicator(
        @NotNull @Pattern(regexp = IndicatorRules.ORGANISATION_ID_PATTERN,
                message = IndicatorRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = IndicatorRules.CODE_PATTERN, message = IndicatorRules.CODE_RULE) String code,
        @NotBlank @Size(max = IndicatorRules.SHORT_NAME_MAX) String shortName,
        @Size(max = IndicatorRules.DESCRIPTION_MAX) String description,
        @NotNull Polarity polarity
) {

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorId.of(organisationId, code);
    }
}
