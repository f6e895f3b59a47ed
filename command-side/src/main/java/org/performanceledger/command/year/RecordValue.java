package org.performanceledger.command.year;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MeasuredValue;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Record the value of an indicator for a period: a number, or TBC / not applicable / not yet available with a reason. */
public record RecordValue(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN, message = LedgerRules.PERIOD_RULE) String period,
        @NotNull MeasuredValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        LocalDate sourceDate
) implements IndicatorYearCommand {
}
