package org.performanceledger.command.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.ComparatorKind;

import java.math.BigDecimal;

/** Record a comparator (statistical neighbour, England average, floor standard, benchmark) for an indicator. */
public record RecordComparator(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull ComparatorKind kind,
        @NotNull BigDecimal value,
        @NotBlank @Size(max = 40) String period,
        @NotBlank @Size(max = LedgerRules.NAME_MAX) String source
) {

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorId.of(organisationId, code);
    }
}
