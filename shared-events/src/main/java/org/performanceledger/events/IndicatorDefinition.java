package org.performanceledger.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import java.util.List;

/**
 * What an indicator is: everything the register and the reports show about it. It travels whole: a registration
 * carries one, an amendment carries the fields it changes as one (the rest null), and the register, the reports and
 * the audit trail read it as one. A field added here is validated, amended, compared and described in words without
 * touching another class: those work from its components ({@link Label}, the constraints).
 * <p>
 * A definition to register must be {@link Complete}: a short name and a polarity. An amendment's definition need not.
 *
 * @param shortName         the short name shown in reports
 * @param description       a longer description; may be null
 * @param polarity          which way is good
 * @param basis             how a period's value accumulates; null when the source does not say
 * @param unit              the unit of values and targets: {@code %}, {@code number}, {@code days}, {@code £}...
 * @param decimalPlaces     how many decimals values are shown with
 * @param frequency         how often it is measured
 * @param yearBasis         financial or academic year
 * @param responsibleUnit   the organisational unit answerable, e.g. "Department for People"
 * @param managedBy         the officer managing it
 * @param scrutinyCommittee the committee that scrutinises it
 * @param corporateAim      the corporate aim it serves, e.g. SAFE, CLEAN, HEALTHY, PROSPEROUS, EXCELLENT
 * @param yearIntroduced    the year it was first reported, e.g. {@code 2018-19}, or a calendar year as a report prints it ({@code 2014}); may be null
 * @param externalReference a national reference such as {@code ASCOF 2B(1)}; may be null
 */
public record IndicatorDefinition(
        @Label("Short name") @NotBlank(groups = Complete.class) @Size(max = LedgerRules.SHORT_NAME_MAX)
        String shortName,
        @Label("Description") @MultiLine @Size(max = LedgerRules.DESCRIPTION_MAX) String description,
        @Label("Polarity") @NotNull(groups = Complete.class) Polarity polarity,
        @Label("Basis") Basis basis,
        @Label("Unit") @Size(max = LedgerRules.UNIT_MAX) String unit,
        @Label("Decimal places") @Min(0) @Max(LedgerRules.DECIMAL_PLACES_MAX) Integer decimalPlaces,
        @Label("Frequency") Frequency frequency,
        @Label("Year basis") YearBasis yearBasis,
        @Label("Responsible unit") @Size(max = LedgerRules.NAME_MAX) String responsibleUnit,
        @Label("Managed by") @Size(max = LedgerRules.NAME_MAX) String managedBy,
        @Label("Scrutiny committee") @Size(max = LedgerRules.NAME_MAX) String scrutinyCommittee,
        @Label("Corporate aim") @Size(max = LedgerRules.NAME_MAX) String corporateAim,
        @Label("Year introduced") @Pattern(regexp = LedgerRules.YEAR_INTRODUCED_PATTERN,
                message = LedgerRules.YEAR_INTRODUCED_RULE) String yearIntroduced,
        @Label("External reference") @Size(max = LedgerRules.NAME_MAX) String externalReference
) {

    /** The unit whose values must lie between 0 and 100. */
    public static final String PERCENT = "%";

    /** The validation group of a definition that can be registered: it names the indicator and its polarity. */
    public interface Complete extends Default {
    }

    /** The definition a first-revision registration (code, short name, description, polarity) stands for. */
    public static IndicatorDefinition of(String shortName, String description, Polarity polarity) {
        return new IndicatorDefinition(shortName, description, polarity, null, null, null, Frequency.MONTHLY,
                YearBasis.FINANCIAL, null, null, null, null, null, null);
    }

    /** This definition with the defaults filled in: measured monthly, in financial years. */
    public IndicatorDefinition withDefaults() {
        return LabelledFields.amend(of(null, null, null), this);
    }

    /** This definition with every field that {@code change} gives (neither null nor blank) in place of its own. */
    public IndicatorDefinition amendedBy(IndicatorDefinition change) {
        return LabelledFields.amend(this, change);
    }

    /** The fields that differ in {@code amended}, each in words: "Polarity: Aim to Maximise → Aim to Minimise". */
    public List<FieldChange> changesTo(IndicatorDefinition amended) {
        return LabelledFields.changes(this, amended);
    }
}
