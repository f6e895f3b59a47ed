package org.performanceledger.command.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.command.LedgerRules;
import org.performanceledger.events.Basis;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

/** Change any part of an indicator's definition, for a reason. A field left null keeps its current value. */
public record AmendIndicator(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @Size(max = LedgerRules.SHORT_NAME_MAX) String shortName,
        @Size(max = LedgerRules.DESCRIPTION_MAX) String description,
        Polarity polarity,
        Basis basis,
        @Size(max = 20) String unit,
        @Min(0) @Max(6) Integer decimalPlaces,
        Frequency frequency,
        YearBasis yearBasis,
        @Size(max = LedgerRules.NAME_MAX) String responsibleUnit,
        @Size(max = LedgerRules.NAME_MAX) String managedBy,
        @Size(max = LedgerRules.NAME_MAX) String scrutinyCommittee,
        @Size(max = LedgerRules.NAME_MAX) String corporateAim,
        @Pattern(regexp = LedgerRules.YEAR_INTRODUCED_PATTERN,
                message = LedgerRules.YEAR_INTRODUCED_RULE) String yearIntroduced,
        @Size(max = LedgerRules.NAME_MAX) String externalReference,
        @NotBlank @Size(max = LedgerRules.REASON_MAX) String reason
) {

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorId.of(organisationId, code);
    }

    /** The definition this amendment makes of the current one. */
    public IndicatorDefinition applyTo(IndicatorDefinition current) {
        return new IndicatorDefinition(
                shortName == null || shortName.isBlank() ? current.shortName() : shortName.strip(),
                or(description, current.description()), or(polarity, current.polarity()), or(basis, current.basis()),
                or(unit, current.unit()), or(decimalPlaces, current.decimalPlaces()),
                or(frequency, current.frequency()), or(yearBasis, current.yearBasis()),
                or(responsibleUnit, current.responsibleUnit()), or(managedBy, current.managedBy()),
                or(scrutinyCommittee, current.scrutinyCommittee()), or(corporateAim, current.corporateAim()),
                or(yearIntroduced, current.yearIntroduced()), or(externalReference, current.externalReference()));
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
