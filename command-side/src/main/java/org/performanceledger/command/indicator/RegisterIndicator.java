package org.performanceledger.command.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.Polarity;

import java.util.HashMap;
import java.util.Map;

/**
 * Start tracking an indicator in an organisation under a code not used there before. The definition must name the
 * indicator and its polarity; frequency defaults to monthly and the year basis to financial.
 */
public record RegisterIndicator(
        @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                message = LedgerRules.ORGANISATION_ID_RULE) String organisationId,
        @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
        @NotNull @Valid @ConvertGroup(from = Default.class, to = IndicatorDefinition.Complete.class)
        IndicatorDefinition definition
) {

    /** The registration the foundation's API started with: code, short name, description and polarity. */
    public RegisterIndicator(String organisationId, String code, String shortName, String description,
                             Polarity polarity) {
        this(organisationId, code, definitionOf(shortName, description, polarity));
    }

    /** A definition of just these fields, by name, so a field added to the definition leaves this as it is. */
    private static IndicatorDefinition definitionOf(String shortName, String description, Polarity polarity) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("shortName", shortName);
        fields.put("description", description);
        fields.put("polarity", polarity);
        return IndicatorDefinition.ofFields(fields);
    }

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorId.of(organisationId, code);
    }

    /** The same definition as an amendment of an indicator already registered: blank fields keep what it has. */
    public AmendIndicator asAmendment(String reason) {
        return new AmendIndicator(organisationId, code, definition, reason);
    }
}
