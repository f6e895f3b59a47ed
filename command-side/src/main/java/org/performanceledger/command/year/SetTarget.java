package org.performanceledger.command.year;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;

import java.util.List;

/** Set or change an indicator's target for a year: a reason, the approving authority and the first period it applies to are required. */
public record SetTarget(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Pattern(regexp = LedgerRules.YEAR_PATTERN, message = LedgerRules.YEAR_RULE) String year,
        @NotNull Target target,
        Target stretchTarget,
        Tolerance tolerance,
        List<PeriodTarget> profile,
        @NotBlank @MultiLine @Size(max = LedgerRules.REASON_MAX) String reason,
        @NotBlank @Size(max = LedgerRules.NAME_MAX) String authority,
        @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN, message = LedgerRules.PERIOD_RULE) String effectiveFrom
) implements IndicatorYearCommand {
}
