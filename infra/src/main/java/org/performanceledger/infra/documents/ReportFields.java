package org.performanceledger.infra.documents;

import org.performanceledger.query.report.PerformanceReport.Row;

import java.util.Map;
import java.util.function.Function;

/**
 * The words of each row field a report section's columns name ({@code PerformanceReport.Column#field}), as every
 * format prints them: the cell's {@code text}, so the page, the PDF, the workbook and the CSV say the same.
 */
public final class ReportFields {

    private static final Map<String, Function<Row, String>> FIELDS = Map.ofEntries(
            Map.entry("code", Row::code),
            Map.entry("shortName", Row::shortName),
            Map.entry("polarity", row -> row.polarity() == null ? "" : row.polarity().text()),
            Map.entry("period", row -> row.period().text()),
            Map.entry("value", row -> row.value().text()),
            Map.entry("periodTarget", row -> row.periodTarget().text()),
            Map.entry("annualTarget", row -> row.annualTarget().text()),
            Map.entry("status", row -> row.status().text()),
            Map.entry("expectedOutcome", row -> row.expectedOutcome().text()),
            Map.entry("againstSamePeriodLastYear", row -> row.againstSamePeriodLastYear().text()),
            Map.entry("commentary", row -> text(row.commentary())),
            Map.entry("managedBy", row -> text(row.managedBy())),
            Map.entry("scrutinyCommittee", row -> text(row.scrutinyCommittee())));

    private ReportFields() {
    }

    /** The field's words in the row; "" for a field no section shows. */
    public static String text(Row row, String field) {
        return FIELDS.getOrDefault(field, r -> "").apply(row);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
