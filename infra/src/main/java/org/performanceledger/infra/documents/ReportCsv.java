package org.performanceledger.infra.documents;

import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PerformanceReport.Column;
import org.performanceledger.query.report.PerformanceReport.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report's sections as CSV, each with the words every other format prints (the cells' text), and first lines
 * saying whose report it is, for which period, and which moment or publication it shows.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** Section 1, 2 or 3 of the report. */
    public static String section(PerformanceReport report, String organisationName, int section) {
        return switch (section) {
            case 1 -> section1(report, organisationName);
            case 2 -> section2(report, organisationName);
            case 3 -> section3(report, organisationName);
            default -> throw new IllegalArgumentException("A report has sections 1, 2 and 3, not " + section);
        };
    }

    /**
     * The lines above the header: the organisation, the period and the section; which moment or publication it
     * shows, exactly; when it was generated and the ledger's position it was drawn from; the status scheme.
     */
    static List<String> preamble(PerformanceReport report, String organisationName, String title) {
        List<String> lines = new ArrayList<>();
        lines.add(organisationName + ": performance report for " + report.period().words() + ". " + title);
        lines.add(ReportDocument.shows(report) + " (" + report.asOf() + ")"
                + (report.targetsAsOf().equals(report.asOf()) ? "" : ", judged against the targets of "
                + report.targetsAsOf()));
        lines.add("Generated on " + report.generated().atText() + ". " + report.generated().drawnThroughText());
        lines.add("Status scheme: " + report.scheme().scheme().text());
        return lines;
    }

    private static String section1(PerformanceReport report, String organisationName) {
        PerformanceReport.Section1 section = report.section1();
        List<Column> columns = section.columns();
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.withPreambleAndHeader(preamble(report, organisationName,
                section.title()), header(List.of("Block", "Expected Outcome group", "Responsible OUs"), columns));
        Map<String, Row> rows = byCode(report);
        for (PerformanceReport.Group group : section.exceptions()) {
            group.codes().forEach(code -> csv.row(cells(List.of("Exceptions", group.expectedOutcome().text(),
                    ReportFields.text(group.responsibleUnit())), columns, rows.get(code))));
        }
        for (PerformanceReport.Group group : section.onCourse()) {
            group.codes().forEach(code -> csv.row(cells(List.of(section.onCourseTitle(),
                    group.expectedOutcome().text(), ReportFields.text(group.responsibleUnit())), columns,
                    rows.get(code))));
        }
        return csv.text();
    }

    private static String section2(PerformanceReport report, String organisationName) {
        PerformanceReport.Section2 section = report.section2();
        List<Column> columns = section.columns();
        List<String> preamble = new ArrayList<>(preamble(report, organisationName, section.title()));
        preamble.add("Performance Data Expected Outcome: " + section.counts().text());
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.withPreambleAndHeader(preamble, header(List.of("Aim"),
                columns));
        Map<String, Row> rows = byCode(report);
        for (PerformanceReport.Aim aim : section.aims()) {
            aim.codes().forEach(code -> csv.row(cells(List.of(aim.heading()), columns, rows.get(code))));
        }
        return csv.text();
    }

    private static String section3(PerformanceReport report, String organisationName) {
        PerformanceReport.Section3 section = report.section3();
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.withPreambleAndHeader(preamble(report, organisationName,
                section.title()), "Aim", "MPR Code", "Short Name", "Format", "Managed By", "Year Introduced",
                "Expected Outcome", "Tolerance", "Stretch Target", "Period", "Value", "Target", "Status");
        Map<String, Row> rows = byCode(report);
        for (PerformanceReport.DetailAim aim : section.aims()) {
            for (PerformanceReport.Detail detail : aim.indicators()) {
                Row row = rows.get(detail.code());
                for (PerformanceReport.Point point : detail.history()) {
                    csv.row(aim.heading(), row.code(), row.shortName(), ReportFields.text(row, "polarity"),
                            ReportFields.text(row, "managedBy"), ReportFields.text(row, "yearIntroduced"),
                            row.expectedOutcome().text(), ReportFields.text(row, "tolerance"),
                            ReportFields.text(row, "stretchTarget"), point.period().text(),
                            point.value().text(), point.target().text(), point.status().text());
                }
            }
        }
        return csv.text();
    }

    private static String[] header(List<String> first, List<Column> columns) {
        List<String> header = new ArrayList<>(first);
        columns.forEach(column -> header.add(column.heading()));
        return header.toArray(String[]::new);
    }

    private static Object[] cells(List<String> first, List<Column> columns, Row row) {
        List<Object> cells = new ArrayList<>(first);
        columns.forEach(column -> cells.add(ReportFields.text(row, column.field())));
        return cells.toArray();
    }

    private static Map<String, Row> byCode(PerformanceReport report) {
        return report.indicators().stream().collect(Collectors.toMap(Row::code, Function.identity()));
    }
}
