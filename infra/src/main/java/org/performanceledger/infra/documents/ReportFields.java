package org.performanceledger.infra.documents;

import org.performanceledger.query.report.PerformanceReport.Row;
import org.performanceledger.query.report.ReportText;

import java.util.Map;
import java.util.function.Function;

/**
 * The words of each row field a report section's columns name ({@code PerformanceReport.Column#field}), as every
 * format prints them: the cell's {@code text}, so the page, the PDF, the workbook and the CSV say the same, and
 * where a row has nothing the same words ("Not given", "None set", "No commentary recorded"), never an empty cell.
 */
public final class ReportFields {

    private static final Map<String, Function<Row, String>> FIELDS = Map.ofEntries(
            Map.entry("code", Row::code),
            Map.entry("shortName", Row::shortName),
            Map.entry("polarity", row -> row.polarity() == null ? ReportText.NOT_GIVEN : row.polarity().text()),
            Map.entry("period", row -> row.period().text()),
            Map.entry("value", row -> row.value().text()),
            Map.entry("periodTarget", row -> row.periodTarget().text()),
            Map.entry("annualTarget", row -> row.annualTarget().text()),
            Map.entry("targetTerms", row -> row.targetTerms() == null ? ReportText.NONE_SET : row.targetTerms()),
            Map.entry("status", row -> row.status().text()),
            Map.entry("expectedOutcome", row -> row.expectedOutcome().text()),
            Map.entry("againstSamePeriodLastYear", row -> row.againstSamePeriodLastYear().text()),
            Map.entry("commentary", row -> blank(row.commentary()) ? ReportText.NO_COMMENTARY : row.commentary()),
            Map.entry("managedBy", row -> text(row.managedBy())),
            Map.entry("yearIntroduced", row -> text(row.yearIntroduced())),
            Map.entry("responsibleUnit", row -> text(row.responsibleUnit())),
            Map.entry("scrutinyCommittee", row -> text(row.scrutinyCommittee())),
            Map.entry("tolerance", row -> row.tolerance() == null ? ReportText.NONE_SET : row.tolerance().text()),
            Map.entry("stretchTarget", row -> row.stretchTarget() == null ? ReportText.NONE_SET
                    : row.stretchTarget().text()));

    private ReportFields() {
    }

    /** The field's words in the row; "" for a field no section shows. */
    public static String text(Row row, String field) {
        return FIELDS.getOrDefault(field, r -> "").apply(row);
    }

    /** A detail of an indicator's definition, or {@link ReportText#NOT_GIVEN} when it leaves it out. */
    public static String text(String detail) {
        return blank(detail) ? ReportText.NOT_GIVEN : detail;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
