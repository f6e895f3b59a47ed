package org.performanceledger.command.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.LedgerRules;

/** Record that the report for a period was issued to a committee, now. */
public record PublishReport(
        @TargetAggregateIdentifier
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN, message = LedgerRules.ORGANISATION_ID_RULE)
        String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN, message = LedgerRules.PERIOD_RULE) String period,
        @NotBlank @Size(max = LedgerRules.NAME_MAX) String committee,
        @Size(max = LedgerRules.NAME_MAX) String title
) {
}
