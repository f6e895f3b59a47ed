package org.performanceledger.imports.files;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A column an import understands: its name in the templates and the other headers that mean it. Headers are
 * compared after {@link #normalise}: case, spaces, punctuation and a trailing {@code *} do not matter.
 * <p>
 * Most columns are named here, with the synonyms sources use. A field of an indicator's definition without a column
 * of its own here has one headed by its label ({@link #labelled}, {@link DefinitionColumns}).
 */
public final class Column {

    /** Every column named here, in the order a header is matched against them. */
    private static final List<Column> NAMED = new ArrayList<>();

    public static final Column CODE = named("code", "MPR Code", "KPI", "Ref", "Indicator code", "PI code");
    public static final Column SHORT_NAME = named("short name", "Indicator", "KPIs", "Performance indicator",
            "Indicator name", "Name");
    public static final Column DESCRIPTION = named("description", "Definition");
    public static final Column POLARITY = named("polarity", "Minimise or Maximise", "Format",
            "Expected direction of travel", "Direction");
    public static final Column BASIS = named("basis");
    public static final Column UNIT = named("unit", "Units");
    public static final Column DECIMAL_PLACES = named("decimal places", "Decimals", "DP");
    public static final Column FREQUENCY = named("frequency");
    public static final Column YEAR_BASIS = named("year basis");
    public static final Column RESPONSIBLE_UNIT = named("responsible unit", "Responsible OU", "Responsible OUs",
            "Directorate", "Service");
    public static final Column MANAGED_BY = named("managed by", "Manager", "Owner", "Lead officer");
    public static final Column SCRUTINY_COMMITTEE = named("scrutiny committee", "Committee");
    public static final Column CORPORATE_AIM = named("corporate aim", "Aim", "Linked outcome", "Priority");
    public static final Column YEAR_INTRODUCED = named("year introduced");
    public static final Column EXTERNAL_REFERENCE = named("external reference", "Legacy code");
    public static final Column STATISTICAL_NEIGHBOUR = named("statistical neighbour", "Statistical neighbour average",
            "Statistical neighbours");
    public static final Column ENGLAND_AVERAGE = named("england average", "National average");
    public static final Column FLOOR_STANDARD = named("floor standard", "Floor performance standard");
    public static final Column BENCHMARK = named("benchmark", "Comparative benchmark");
    public static final Column COMPARATOR_PERIOD = named("comparator period");
    public static final Column COMPARATOR_SOURCE = named("comparator source");
    public static final Column YEAR = named("year", "Financial year", "Academic year");
    public static final Column PERIOD = named("period", "Month", "Latest month", "Date", "Term", "Quarter");
    public static final Column TARGET = named("target", "Annual target", "Trust target");
    public static final Column STRETCH_TARGET = named("stretch target", "Stretch");
    public static final Column TOLERANCE = named("tolerance", "Trust tolerance level", "Tolerance level");
    public static final Column LOWER = named("lower", "Lower threshold", "Expected lower");
    public static final Column UPPER = named("upper", "Upper threshold", "Expected upper");
    public static final Column AUTHORITY = named("authority", "Approved by");
    public static final Column EFFECTIVE_FROM = named("effective from");
    public static final Column VALUE = named("value", "Month's value", "Current value", "Actual");
    public static final Column NUMERATOR = named("numerator");
    public static final Column DENOMINATOR = named("denominator");
    public static final Column REASON = named("reason", "Reason for change", "Note");
    public static final Column SOURCE_DATE = named("source date", "As at", "Generated on");
    public static final Column COMMENTARY = named("commentary", "Comment", "Explanation", "Comments");
    public static final Column ACTIONS = named("actions", "Actions to improve");
    public static final Column ANTICIPATED = named("anticipated", "Anticipated future performance");
    public static final Column EXPECTED_OUTCOME = named("expected outcome", "Outcome");
    public static final Column OUTTURN = named("outturn", "Outturn kind");

    private final String header;
    private final List<String> synonyms;
    /** The header as headers are compared: what makes two columns one. */
    private final String key;

    private Column(String header, List<String> synonyms) {
        this.header = header;
        this.synonyms = List.copyOf(synonyms);
        this.key = normalise(header);
    }

    private static Column named(String header, String... synonyms) {
        Column column = new Column(header, List.of(synonyms));
        NAMED.add(column);
        return column;
    }

    /** The columns named here, in the order they are declared. */
    static List<Column> allNamed() {
        return Collections.unmodifiableList(NAMED);
    }

    /** The column headed by a field's label ("Data source"); its template header is the label in lower case. */
    static Column labelled(String label) {
        return new Column(label.strip().toLowerCase(Locale.ROOT), List.of());
    }

    /** The header a template writes. */
    public String header() {
        return header;
    }

    boolean matches(String written) {
        String normalised = normalise(written);
        return key.equals(normalised)
                || synonyms.stream().map(Column::normalise).anyMatch(normalised::equals);
    }

    static String normalise(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
                .replace("’", "'").toLowerCase(Locale.ROOT);
        // "(where available)" and similar asides do not change what a column is.
        plain = plain.replaceAll("\\(.*?\\)", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }

    /** Two columns are the same when their headers are: a header means one column. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Column column && key.equals(column.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return header;
    }
}
