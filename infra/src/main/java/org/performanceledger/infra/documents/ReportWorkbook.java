package org.performanceledger.infra.documents;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.ValueState;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PerformanceReport.Column;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report as an Excel workbook: a first sheet saying whose report it is and which moment or publication it shows,
 * then a sheet per section, its header rows frozen. Numbers are numbers, formatted in the indicator's unit and
 * decimal places (a percentage as a percentage), so each cell shows what the report's cell says ("86.60%",
 * "4,969,171") and still adds up; a status has its word in its own column, coloured as well, never colour alone.
 */
public final class ReportWorkbook {

    private static final Map<String, String> STATUS_FILLS = Map.of("RED", "F4CDC6", "AMBER", "FCD6C3",
            "YELLOW", "FFF7BF", "GREEN", "CCE2D8", "WITHIN_RANGE", "CCE2D8", "ABOVE_RANGE", "DBD5E9",
            "BELOW_RANGE", "DBD5E9", "TBC", "E5E6E7", "NO_STATUS", "E5E6E7");
    private static final List<String> SECTION3 = List.of("Aim", "MPR Code", "Short Name", "Format", "Managed By",
            "Year Introduced", "Expected Outcome", "Tolerance", "Stretch Target", "Period", "Value", "Target",
            "Status");

    private final ReportDocument document;
    private final PerformanceReport report;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();

    private ReportWorkbook(ReportDocument document) {
        this.document = document;
        this.report = document.report();
    }

    /** The workbook's bytes (.xlsx). */
    public static byte[] of(ReportDocument document) {
        ReportWorkbook writer = new ReportWorkbook(document);
        try (XSSFWorkbook workbook = writer.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.about();
            writer.section1();
            writer.section2();
            writer.section3();
            workbook.getProperties().getCoreProperties().setTitle(document.organisationName() + ": "
                    + document.title());
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(
                    writer.report.generated().at())));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void about() {
        Sheet sheet = workbook.createSheet("About");
        int r = 0;
        r = pair(sheet, r, "Organisation", document.organisationName());
        r = pair(sheet, r, "Report", document.title());
        r = pair(sheet, r, "Shows", document.shows());
        r = pair(sheet, r, "The moment shown, exactly", document.momentShown());
        r = pair(sheet, r, "Generated on", document.generatedOn());
        r = pair(sheet, r, "Drawn from the ledger", document.drawnFrom());
        if (document.judgedAgainst() != null) {
            r = pair(sheet, r, "Targets", document.judgedAgainst());
        }
        r = pair(sheet, r, "Status scheme", report.scheme().scheme().text());
        r = pair(sheet, r, "Expected outcomes", report.counts().text());
        r++;
        text(sheet.createRow(r++), 0, "Status", "header");
        text(sheet.getRow(r - 1), 1, "What it means", "header");
        for (PerformanceReport.Legend legend : report.scheme().legend()) {
            Row row = sheet.createRow(r++);
            text(row, 0, legend.text(), "status:" + legend.value());
            text(row, 1, legend.meaning(), null);
        }
        r++;
        text(sheet.createRow(r++), 0, "Symbol", "header");
        text(sheet.getRow(r - 1), 1, "What it means", "header");
        List<PerformanceReport.Legend> symbols = new ArrayList<>(report.legends().expectedOutcome());
        symbols.addAll(report.legends().direction());
        for (PerformanceReport.Legend legend : symbols) {
            Row row = sheet.createRow(r++);
            text(row, 0, legend.symbol(), null);
            text(row, 1, legend.text(), null);
        }
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private void section1() {
        PerformanceReport.Section1 section = report.section1();
        Sheet sheet = workbook.createSheet("Section 1");
        text(sheet.createRow(0), 0, section.title(), "title");
        List<String> first = List.of("Block", "Expected Outcome group", "Responsible OUs");
        header(sheet, 1, first, section.columns());
        int r = 2;
        for (PerformanceReport.Group group : section.exceptions()) {
            for (String code : group.codes()) {
                row(sheet.createRow(r++), List.of("Exceptions", group.expectedOutcome().text(),
                        ReportFields.text(group.responsibleUnit())), section.columns(), document.row(code));
            }
        }
        for (PerformanceReport.Group group : section.onCourse()) {
            for (String code : group.codes()) {
                row(sheet.createRow(r++), List.of(section.onCourseTitle(), group.expectedOutcome().text(),
                        ReportFields.text(group.responsibleUnit())), section.columns(), document.row(code));
            }
        }
        sheet.createFreezePane(0, 2);
        widths(sheet, first.size(), section.columns());
    }

    private void section2() {
        PerformanceReport.Section2 section = report.section2();
        Sheet sheet = workbook.createSheet("Section 2");
        text(sheet.createRow(0), 0, section.title(), "title");
        text(sheet.createRow(1), 0, "Performance Data Expected Outcome: " + section.counts().text(), null);
        header(sheet, 2, List.of("Aim"), section.columns());
        int r = 3;
        for (PerformanceReport.Aim aim : section.aims()) {
            for (String code : aim.codes()) {
                row(sheet.createRow(r++), List.of(aim.heading()), section.columns(), document.row(code));
            }
        }
        sheet.createFreezePane(0, 3);
        widths(sheet, 1, section.columns());
    }

    private void section3() {
        PerformanceReport.Section3 section = report.section3();
        Sheet sheet = workbook.createSheet("Section 3");
        text(sheet.createRow(0), 0, section.title(), "title");
        Row heading = sheet.createRow(1);
        for (int c = 0; c < SECTION3.size(); c++) {
            text(heading, c, SECTION3.get(c), "header");
        }
        int r = 2;
        for (PerformanceReport.DetailAim aim : section.aims()) {
            for (PerformanceReport.Detail detail : aim.indicators()) {
                PerformanceReport.Row row = document.row(detail.code());
                for (PerformanceReport.Point point : detail.history()) {
                    Row line = sheet.createRow(r++);
                    List<String> texts = List.of(aim.heading(), row.code(), row.shortName(),
                            ReportFields.text(row, "polarity"), ReportFields.text(row, "managedBy"),
                            ReportFields.text(row, "yearIntroduced"), row.expectedOutcome().text(),
                            ReportFields.text(row, "tolerance"), ReportFields.text(row, "stretchTarget"),
                            point.period().text());
                    for (int c = 0; c < texts.size(); c++) {
                        text(line, c, texts.get(c), null);
                    }
                    value(line, 10, point.value().value(), point.value().text(), row);
                    target(line, 11, point.target().target(), point.target().text(), row);
                    text(line, 12, point.status().text(), "status:" + point.status().value());
                }
            }
        }
        sheet.createFreezePane(0, 2);
        for (int c = 0; c < SECTION3.size(); c++) {
            sheet.setColumnWidth(c, (c == 0 || c == 2 ? 40 : 16) * 256);
        }
    }

    private int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        text(row, 0, label, "header");
        text(row, 1, value, null);
        return r + 1;
    }

    private void header(Sheet sheet, int r, List<String> first, List<Column> columns) {
        Row row = sheet.createRow(r);
        int c = 0;
        for (String heading : first) {
            text(row, c++, heading, "header");
        }
        for (Column column : columns) {
            text(row, c++, column.heading(), "header");
        }
    }

    /** A section row: the leading cells, then each column's cell, numbers as numbers and statuses coloured. */
    private void row(Row line, List<String> first, List<Column> columns, PerformanceReport.Row row) {
        int c = 0;
        for (String text : first) {
            text(line, c++, text, null);
        }
        for (Column column : columns) {
            switch (column.field()) {
                case "value" -> value(line, c, row.value().value(), row.value().text(), row);
                case "periodTarget" -> target(line, c, row.periodTarget().target(), row.periodTarget().text(), row);
                case "annualTarget" -> target(line, c, row.annualTarget().target(), row.annualTarget().text(), row);
                case "status" -> text(line, c, row.status().text(), "status:" + row.status().value());
                default -> text(line, c, ReportFields.text(row, column.field()), null);
            }
            c++;
        }
    }

    private void widths(Sheet sheet, int first, List<Column> columns) {
        for (int c = 0; c < first; c++) {
            sheet.setColumnWidth(c, 30 * 256);
        }
        for (int i = 0; i < columns.size(); i++) {
            String field = columns.get(i).field();
            int width = switch (field) {
                case "shortName", "commentary" -> 60;
                case "targetTerms" -> 36;
                case "expectedOutcome", "againstSamePeriodLastYear", "scrutinyCommittee", "managedBy" -> 28;
                default -> 14;
            };
            sheet.setColumnWidth(first + i, width * 256);
        }
    }

    private void value(Row line, int c, MeasuredValue value, String text, PerformanceReport.Row row) {
        if (value != null && value.state() == ValueState.NUMBER && value.number() != null) {
            number(line, c, value.number(), text, row);
        } else {
            text(line, c, text, null);
        }
    }

    private void target(Row line, int c, Target target, String text, PerformanceReport.Row row) {
        if (target != null && target.kind() == TargetKind.NUMBER && target.number() != null) {
            number(line, c, target.number(), text, row);
        } else {
            text(line, c, text, null);
        }
    }

    /**
     * A number in the indicator's unit and decimal places, as a number cell whose format shows what the report
     * prints; a unit no format can say is written as the report's text.
     */
    private void number(Row line, int c, BigDecimal number, String text, PerformanceReport.Row row) {
        BigDecimal shown = row.decimalPlaces() == null ? number
                : number.setScale(row.decimalPlaces(), RoundingMode.HALF_UP);
        Optional<String> format = NumberFormats.of(row.unit(), Math.max(shown.scale(), 0));
        if (format.isEmpty()) {
            text(line, c, text, null);
            return;
        }
        Cell cell = line.createCell(c);
        boolean percent = "%".equals(row.unit());
        cell.setCellValue((percent ? shown.movePointLeft(2) : shown).doubleValue());
        cell.setCellStyle(style("number:" + format.get()));
    }

    private void text(Row line, int c, String text, String style) {
        Cell cell = line.createCell(c);
        cell.setCellValue(text == null ? "" : text);
        if (style != null) {
            cell.setCellStyle(style(style));
        }
    }

    /** Styles are shared (a workbook holds a limited number): "header", "title", "status:RED", "number:0.0%". */
    private CellStyle style(String name) {
        return styles.computeIfAbsent(name, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            if (key.equals("header") || key.equals("title")) {
                Font bold = workbook.createFont();
                bold.setBold(true);
                if (key.equals("title")) {
                    bold.setFontHeightInPoints((short) 14);
                }
                style.setFont(bold);
                style.setWrapText(key.equals("header"));
                style.setBorderBottom(key.equals("header") ? BorderStyle.THIN : BorderStyle.NONE);
            } else if (key.startsWith("status:")) {
                String fill = STATUS_FILLS.getOrDefault(key.substring("status:".length()), "E5E6E7");
                style.setFillForegroundColor(new XSSFColor(hex(fill), null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            } else if (key.startsWith("number:")) {
                style.setDataFormat(workbook.createDataFormat().getFormat(key.substring("number:".length())));
            }
            return style;
        });
    }

    private static byte[] hex(String rgb) {
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    /** Excel number formats that print a number as the report does in each unit. */
    static final class NumberFormats {

        private NumberFormats() {
        }

        /**
         * "#,##0.00%" for a percentage with two places, "\"£\"#,##0\"k\"" for £k, "#,##0\" points\"" for a word
         * unit; empty for a unit with a character a format cannot quote.
         */
        static Optional<String> of(String unit, int places) {
            String digits = "#,##0" + (places > 0 ? "." + "0".repeat(places) : "");
            if (unit == null || unit.isBlank() || unit.equalsIgnoreCase("number")) {
                return Optional.of(digits);
            }
            if (unit.contains("\"") || unit.contains("\\")) {
                return Optional.empty();
            }
            if (unit.equals("%")) {
                return Optional.of(digits + "%");
            }
            if (unit.startsWith("£")) {
                String after = unit.substring(1);
                return Optional.of("\"£\"" + digits + (after.isEmpty() ? "" : "\"" + after + "\""));
            }
            return Optional.of(digits + "\" " + unit + "\"");
        }
    }
}
