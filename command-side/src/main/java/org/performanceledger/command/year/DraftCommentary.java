package org.performanceledger.command.year;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Draft (or redraft) the commentary on an indicator for a period. */
public record DraftCommentary(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN, message = LedgerRules.PERIOD_RULE) String period,
        @NotBlank @MultiLine @Size(max = LedgerRules.COMMENTARY_MAX) String explanation,
        @MultiLine @Size(max = LedgerRules.COMMENTARY_MAX) String actions,
        @MultiLine @Size(max = LedgerRules.COMMENTARY_MAX) String anticipated
) implements IndicatorYearCommand {
}
