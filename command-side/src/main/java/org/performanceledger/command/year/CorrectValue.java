package org.performanceledger.command.year;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.MeasuredValue;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Restate a recorded value, for a reason; the value it replaces is kept in the event. */
public record CorrectValue(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN, message = LedgerRules.PERIOD_RULE) String period,
        @NotNull MeasuredValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        @NotBlank @MultiLine @Size(max = LedgerRules.REASON_MAX) String reason,
        LocalDate sourceDate
) implements IndicatorYearCommand {
}
