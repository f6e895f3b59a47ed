package org.performanceledger.command.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.LedgerRules;

import java.util.List;

/**
 * Describe one of the organisation's corporate aims, as reports print it above the aim's indicators.
 *
 * @param aim         the aim as indicators name it, e.g. {@code SAFE}
 * @param description what the aim is; may be null when the priorities say it all
 * @param priorities  its priorities, each as printed; may be empty
 */
public record DescribeCorporateAim(
        @TargetAggregateIdentifier
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN, message = LedgerRules.ORGANISATION_ID_RULE)
        String organisationId,
        @NotBlank @Size(max = LedgerRules.NAME_MAX) String aim,
        @Size(max = LedgerRules.DESCRIPTION_MAX) String description,
        @Size(max = 20) List<@NotBlank @Size(max = LedgerRules.DESCRIPTION_MAX) String> priorities
) {
}
