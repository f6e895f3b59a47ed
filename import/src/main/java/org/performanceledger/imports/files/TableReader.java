package org.performanceledger.imports.files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV file or an Excel workbook into tables of text. A workbook's cells are read as Excel displays them
 * ({@code 86.60%}, {@code 4,544}), so a value parses the same whichever kind of file it came in.
 */
final class TableReader {

    private TableReader() {
    }

    static List<Table> read(ImportFile file) throws ImportFileException {
        return file.isWorkbook() ? workbook(file) : List.of(csv(file));
    }

    private static Table csv(ImportFile file) throws ImportFileException {
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            throw new ImportFileException("The file is empty: its first line must be the header");
        }
        // Empty lines are read as (blank) records, not skipped by the parser, so that the lines they take are
        // counted in the next row's line number; blank records are left out below.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(firstLine)).setIgnoreEmptyLines(false)
                .get();
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new SheetRow((int) line, cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportFileException("The file is not readable as CSV: " + e.getMessage(), e);
        }
        return new Table(file.name(), null, headers, headers.stream().map(String::strip).toList(), rows);
    }

    /** The separator the header line uses: a comma unless it has more tabs or semicolons. */
    private static char delimiter(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String utf8(ImportFile file) throws ImportFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.content())).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("The file is not UTF-8 text: save it as \"CSV UTF-8\" or as .xlsx", e);
        }
    }

    private static List<Table> workbook(ImportFile file) throws ImportFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            DataFormatter formatter = new DataFormatter(Locale.UK);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                Table table = sheet(file, sheet, formatter, evaluator);
                if (table != null) {
                    tables.add(table);
                }
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-xlsx file with a variety of runtime exceptions.
            throw new ImportFileException("The file is not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
        }
    }

    /** A sheet's first non-blank row is its header; a sheet with nothing on it is left out. */
    private static Table sheet(ImportFile file, Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator) {
        List<String> headers = null;
        List<String> labels = null;
        List<SheetRow> rows = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                Cell cell = row.getCell(column);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (headers == null) {
                headers = cells;
                labels = new ArrayList<>();
                for (int column = 0; column < cells.size(); column++) {
                    labels.add(CellReference.convertNumToColString(column) + " (" + cells.get(column).strip() + ")");
                }
            } else {
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        return headers == null ? null : new Table(file.name(), sheet.getSheetName(), headers, labels, rows);
    }
}
