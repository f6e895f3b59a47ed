package org.performanceledger.command.year;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;

/** Record a year's outturn: estimated, final or revised, with a reason. */
public record RecordOutturn(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Pattern(regexp = LedgerRules.YEAR_PATTERN, message = LedgerRules.YEAR_RULE) String year,
        @NotNull OutturnKind kind,
        @NotNull MeasuredValue value,
        @NotBlank @MultiLine @Size(max = LedgerRules.REASON_MAX) String reason
) implements IndicatorYearCommand {
}
