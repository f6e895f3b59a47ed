package org.performanceledger.imports.files;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column an import understands: its name in the templates and the other headers that mean it. Headers are
 * compared after {@link #normalise}: case, spaces, punctuation and a trailing {@code *} do not matter.
 */
public enum Column {
    CODE("code", "MPR Code", "KPI", "Ref", "Indicator code", "PI code"),
    SHORT_NAME("short name", "Indicator", "KPIs", "Performance indicator", "Indicator name", "Name"),
    DESCRIPTION("description", "Definition"),
    POLARITY("polarity", "Minimise or Maximise", "Format", "Expected direction of travel", "Direction"),
    BASIS("basis"),
    UNIT("unit", "Units"),
    DECIMAL_PLACES("decimal places", "Decimals", "DP"),
    FREQUENCY("frequency"),
    YEAR_BASIS("year basis"),
    RESPONSIBLE_UNIT("responsible unit", "Responsible OU", "Responsible OUs", "Directorate", "Service"),
    MANAGED_BY("managed by", "Manager", "Owner", "Lead officer"),
    SCRUTINY_COMMITTEE("scrutiny committee", "Committee"),
    CORPORATE_AIM("corporate aim", "Aim", "Linked outcome", "Priority"),
    YEAR_INTRODUCED("year introduced"),
    EXTERNAL_REFERENCE("external reference", "Legacy code"),
    STATISTICAL_NEIGHBOUR("statistical neighbour", "Statistical neighbour average", "Statistical neighbours"),
    ENGLAND_AVERAGE("england average", "National average"),
    FLOOR_STANDARD("floor standard", "Floor performance standard"),
    BENCHMARK("benchmark", "Comparative benchmark"),
    COMPARATOR_PERIOD("comparator period"),
    COMPARATOR_SOURCE("comparator source"),
    YEAR("year", "Financial year", "Academic year"),
    PERIOD("period", "Month", "Latest month", "Date", "Term", "Quarter"),
    TARGET("target", "Annual target", "Trust target"),
    STRETCH_TARGET("stretch target", "Stretch"),
    TOLERANCE("tolerance", "Trust tolerance level", "Tolerance level"),
    LOWER("lower", "Lower threshold", "Expected lower"),
    UPPER("upper", "Upper threshold", "Expected upper"),
    AUTHORITY("authority", "Approved by"),
    EFFECTIVE_FROM("effective from"),
    VALUE("value", "Month's value", "Current value", "Actual"),
    NUMERATOR("numerator"),
    DENOMINATOR("denominator"),
    REASON("reason", "Reason for change", "Note"),
    SOURCE_DATE("source date", "As at", "Generated on"),
    COMMENTARY("commentary", "Comment", "Explanation", "Comments"),
    ACTIONS("actions", "Actions to improve"),
    ANTICIPATED("anticipated", "Anticipated future performance"),
    EXPECTED_OUTCOME("expected outcome", "Outcome"),
    OUTTURN("outturn", "Outturn kind");

    private final String header;
    private final List<String> synonyms;

    Column(String header, String... synonyms) {
        this.header = header;
        this.synonyms = List.of(synonyms);
    }

    /** The header a template writes. */
    public String header() {
        return header;
    }

    boolean matches(String written) {
        String normalised = normalise(written);
        return normalise(header).equals(normalised)
                || synonyms.stream().map(Column::normalise).anyMatch(normalised::equals);
    }

    static String normalise(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
                .replace("’", "'").toLowerCase(Locale.ROOT);
        // "(where available)" and similar asides do not change what a column is.
        plain = plain.replaceAll("\\(.*?\\)", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }
}
