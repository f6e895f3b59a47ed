package org.performanceledger.imports.files;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The kinds of file an import takes, the columns each knows, and which it must have. Applied in this order. */
public enum FileKind {

    /** The columns of a definition's fields follow the code ({@link DefinitionColumns}), then its comparators. */
    INDICATORS(List.of(Column.CODE, Column.SHORT_NAME, Column.POLARITY),
            concat(List.of(Column.CODE), DefinitionColumns.columns(), List.of(Column.STATISTICAL_NEIGHBOUR,
                    Column.ENGLAND_AVERAGE, Column.FLOOR_STANDARD, Column.BENCHMARK, Column.COMPARATOR_PERIOD,
                    Column.COMPARATOR_SOURCE, Column.REASON)),
            Map.ofEntries(Map.entry(Column.CODE, FileKind.EXAMPLE_CODE),
                    Map.entry(Column.SHORT_NAME, "Example: % of Council Tax collected in year [Cumulative YTD]"),
                    Map.entry(Column.POLARITY, "Aim to Maximise"), Map.entry(Column.UNIT, "%"),
                    Map.entry(Column.DECIMAL_PLACES, "2"), Map.entry(Column.FREQUENCY, "Monthly"),
                    Map.entry(Column.YEAR_BASIS, "Financial"), Map.entry(Column.RESPONSIBLE_UNIT, "Strategic Services"),
                    Map.entry(Column.MANAGED_BY, "Joe Chesterton"),
                    Map.entry(Column.SCRUTINY_COMMITTEE, "Policy & Resources Scrutiny"),
                    Map.entry(Column.CORPORATE_AIM, "PROSPEROUS"), Map.entry(Column.YEAR_INTRODUCED, "2000"),
                    Map.entry(Column.STATISTICAL_NEIGHBOUR, "96.5%"), Map.entry(Column.ENGLAND_AVERAGE, "97.0%"),
                    Map.entry(Column.COMPARATOR_PERIOD, "2017-18"), Map.entry(Column.COMPARATOR_SOURCE, "LG Inform"))),

    TARGETS(List.of(Column.CODE, Column.YEAR, Column.TARGET),
            List.of(Column.CODE, Column.YEAR, Column.PERIOD, Column.TARGET, Column.STRETCH_TARGET, Column.TOLERANCE,
                    Column.LOWER, Column.UPPER, Column.REASON, Column.AUTHORITY, Column.EFFECTIVE_FROM),
            List.of(FileKind.EXAMPLE_CODE, "2018-19", "", "97.50%", "98%", "0.5", "", "",
                    "Example: budget setting 2018/19", "Cabinet", "")),

    VALUES(List.of(Column.CODE, Column.PERIOD, Column.VALUE),
            List.of(Column.CODE, Column.PERIOD, Column.VALUE, Column.NUMERATOR, Column.DENOMINATOR, Column.REASON,
                    Column.SOURCE_DATE, Column.COMMENTARY, Column.ACTIONS, Column.ANTICIPATED,
                    Column.EXPECTED_OUTCOME, Column.OUTTURN),
            List.of(FileKind.EXAMPLE_CODE, "January 2019", "86.60%", "", "", "", "22 February 2019",
                    "Example: the collection rate for Council Tax as at the 31st January 2019 is 86.6%.", "", "",
                    "Some slippage against target", ""));

    /**
     * The code of the templates' example rows: plainly an example, and no organisation's own indicator, so a
     * template imported as it is registers an example beside the real indicators, never renames or changes one.
     */
    public static final String EXAMPLE_CODE = "EXAMPLE 1";

    private final List<Column> required;
    private final List<Column> columns;
    private final List<String> example;

    FileKind(List<Column> required, List<Column> columns, List<String> example) {
        this.required = required;
        this.columns = columns;
        this.example = example;
    }

    /** A kind whose example gives some columns a value, the rest blank. */
    FileKind(List<Column> required, List<Column> columns, Map<Column, String> example) {
        this(required, columns, columns.stream().map(column -> example.getOrDefault(column, "")).toList());
    }

    @SafeVarargs
    private static List<Column> concat(List<Column>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    List<Column> required() {
        return required;
    }

    List<Column> columns() {
        return columns;
    }

    /** The template's headers, in order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** An example row for the template, one cell per header. */
    public List<String> example() {
        return example;
    }

    /**
     * The kind whose required columns the headers have; the most specific when several fit (a values file has a
     * code and a period, as a targets file may).
     */
    static java.util.Optional<FileKind> of(Set<Column> present) {
        if (present.containsAll(VALUES.required)) {
            return java.util.Optional.of(VALUES);
        }
        if (present.containsAll(TARGETS.required)) {
            return java.util.Optional.of(TARGETS);
        }
        if (present.containsAll(INDICATORS.required)) {
            return java.util.Optional.of(INDICATORS);
        }
        return java.util.Optional.empty();
    }
}
