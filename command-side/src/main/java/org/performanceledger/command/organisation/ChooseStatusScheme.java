package org.performanceledger.command.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.StatusScheme;

/** Rate the organisation's indicators in this scheme in every report, from now on. */
public record ChooseStatusScheme(
        @TargetAggregateIdentifier
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN, message = LedgerRules.ORGANISATION_ID_RULE)
        String organisationId,
        @NotNull StatusScheme scheme,
        @NotBlank @Size(max = LedgerRules.REASON_MAX) String reason
) {
}
