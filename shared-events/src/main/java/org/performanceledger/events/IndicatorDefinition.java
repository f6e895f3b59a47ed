package org.performanceledger.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an indicator is: everything the register and the reports show about it. It travels whole: a registration
 * carries one, an amendment carries the fields it changes as one (the rest null), and the register, the reports and
 * the audit trail read it as one. A field added here is validated, amended, compared and described in words without
 * touching another class: those work from its components ({@link Label}, the constraints). Forms and imports lay out
 * and read its fields from {@link #fields()} and build one with {@link #ofFields}, so a field of a common kind (text,
 * lines of text, a {@link Worded} choice, a whole number) shows in the register and amend forms and on the indicator's
 * page, and has an import column headed by its label, without another change.
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
        @Label(value = "Short name", hint = "As reports show it, with its basis in brackets, for example Working days "
                + "lost per FTE [Cumulative YTD]")
        @NotBlank(groups = Complete.class) @Size(max = LedgerRules.SHORT_NAME_MAX) String shortName,
        @Label("Description") @MultiLine @Size(max = LedgerRules.DESCRIPTION_MAX) String description,
        @Label(value = "Polarity", hint = "Which way is good") @NotNull(groups = Complete.class) Polarity polarity,
        @Label(value = "Basis", hint = "How a period’s value accumulates") Basis basis,
        @Label(value = "Unit", hint = "For example %, days or £; values of an indicator in % lie between 0 and 100")
        @Size(max = LedgerRules.UNIT_MAX) String unit,
        @Label("Decimal places") @Min(0) @Max(LedgerRules.DECIMAL_PLACES_MAX) Integer decimalPlaces,
        @Label(value = "Frequency", hint = "How often it is measured") Frequency frequency,
        @Label(value = "Year basis", hint = "Which year its periods belong to") YearBasis yearBasis,
        @Label(value = "Responsible unit", hint = "For example, Department for People")
        @Size(max = LedgerRules.NAME_MAX) String responsibleUnit,
        @Label(value = "Managed by", hint = "The officer managing it") @Size(max = LedgerRules.NAME_MAX)
        String managedBy,
        @Label("Scrutiny committee") @Size(max = LedgerRules.NAME_MAX) String scrutinyCommittee,
        @Label(value = "Corporate aim", hint = "For example, SAFE, CLEAN, HEALTHY, PROSPEROUS or EXCELLENT")
        @Size(max = LedgerRules.NAME_MAX) String corporateAim,
        @Label("Year introduced") @Pattern(regexp = LedgerRules.YEAR_INTRODUCED_PATTERN,
                message = LedgerRules.YEAR_INTRODUCED_RULE) String yearIntroduced,
        @Label(value = "External reference", hint = "A national reference, for example ASCOF 2B(1)")
        @Size(max = LedgerRules.NAME_MAX) String externalReference
) {

    /** The unit whose values must lie between 0 and 100. */
    public static final String PERCENT = "%";

    private static final List<LabelledField> FIELDS = LabelledField.of(IndicatorDefinition.class);

    /** The validation group of a definition that can be registered: it names the indicator and its polarity. */
    public interface Complete extends Default {
    }

    /** The definition a first-revision registration (code, short name, description, polarity) stands for. */
    public static IndicatorDefinition of(String shortName, String description, Polarity polarity) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("shortName", shortName);
        fields.put("description", description);
        fields.put("polarity", polarity);
        fields.put("frequency", Frequency.MONTHLY);
        fields.put("yearBasis", YearBasis.FINANCIAL);
        return ofFields(fields);
    }

    /**
     * The definition whose fields are those given, by name ({@code "shortName"}); the others none. How a form or an
     * import builds one without a list of every field. An unknown name, or a value of the wrong type, is refused
     * with an {@link IllegalArgumentException}.
     */
    public static IndicatorDefinition ofFields(Map<String, ?> fields) {
        return LabelledFields.of(IndicatorDefinition.class, fields);
    }

    /** Every field, in order, with its label and what its constraints allow: what forms and imports lay out. */
    public static List<LabelledField> fields() {
        return FIELDS;
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
