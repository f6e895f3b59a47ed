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

/**
 * Start tracking an indicator in an organisation under a code not used there before. Frequency defaults to
 * monthly and the year basis to financial.
 */
public record RegisterIndicator(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotBlank @Size(max = LedgerRules.SHORT_NAME_MAX) String shortName,
        @Size(max = LedgerRules.DESCRIPTION_MAX) String description,
        @NotNull Polarity polarity,
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
        @Size(max = LedgerRules.NAME_MAX) String externalReference
) {

    /** The registration the foundation's API started with: code, short name, description and polarity. */
    public RegisterIndicator(String organisationId, String code, String shortName, String description,
                             Polarity polarity) {
        this(organisationId, code, shortName, description, polarity, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorId.of(organisationId, code);
    }

    /** The same definition as an amendment of an indicator already registered: blank fields keep what it has. */
    public AmendIndicator asAmendment(String reason) {
        return new AmendIndicator(organisationId, code, shortName, description, polarity, basis, unit, decimalPlaces,
                frequency, yearBasis, responsibleUnit, managedBy, scrutinyCommittee, corporateAim, yearIntroduced,
                externalReference, reason);
    }

    /** The definition this registration records, defaults filled in. */
    public IndicatorDefinition definition() {
        return new IndicatorDefinition(shortName.strip(), description, polarity, basis, unit, decimalPlaces,
                frequency == null ? Frequency.MONTHLY : frequency,
                yearBasis == null ? YearBasis.FINANCIAL : yearBasis,
                responsibleUnit, managedBy, scrutinyCommittee, corporateAim, yearIntroduced, externalReference);
    }
}
