package org.performanceledger.events;

/**
 * What an indicator is: everything the register and the reports show about it. Registered once, then replaced
 * whole by each amendment (the amendment event keeps the previous definition beside the new one).
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
        String shortName,
        String description,
        Polarity polarity,
        Basis basis,
        String unit,
        Integer decimalPlaces,
        Frequency frequency,
        YearBasis yearBasis,
        String responsibleUnit,
        String managedBy,
        String scrutinyCommittee,
        String corporateAim,
        String yearIntroduced,
        String externalReference
) {

    /** The unit whose values must lie between 0 and 100. */
    public static final String PERCENT = "%";

    /** The definition a first-revision registration (code, short name, description, polarity) stands for. */
    public static IndicatorDefinition of(String shortName, String description, Polarity polarity) {
        return new IndicatorDefinition(shortName, description, polarity, null, null, null, Frequency.MONTHLY,
                YearBasis.FINANCIAL, null, null, null, null, null, null);
    }
}
