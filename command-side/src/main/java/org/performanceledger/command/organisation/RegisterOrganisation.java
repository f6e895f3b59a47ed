package org.performanceledger.command.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.LedgerRules;

/**
 * Register an organisation whose performance the ledger keeps.
 *
 * @param id            the organisation's id: the {@code {org}} of every path
 * @param returnDueDays returns are due this many days after their period ends; null means 10
 */
public record RegisterOrganisation(
        @TargetAggregateIdentifier
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN, message = LedgerRules.ORGANISATION_ID_RULE)
        String id,
        @NotBlank @Size(max = LedgerRules.NAME_MAX) String name,
        @Min(0) @Max(365) Integer returnDueDays
) {

    public static final int DEFAULT_RETURN_DUE_DAYS = 10;
}
