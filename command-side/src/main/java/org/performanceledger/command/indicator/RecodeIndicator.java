package org.performanceledger.command.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MultiLine;

/** Continue an indicator under a new code; the old code keeps its history and links to the new one. */
public record RecodeIndicator(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String newCode,
        @NotBlank @MultiLine @Size(max = LedgerRules.REASON_MAX) String reason
) {
}
