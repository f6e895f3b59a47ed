package org.performanceledger.imports.files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The files to start an import from: each kind's headers and an example row, as CSV or as one workbook. */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    public static String csv(FileKind kind) {
        StringWriter text = new StringWriter();
        // A UTF-8 byte-order mark first, as on every CSV the ledger writes, so a spreadsheet reads £ and é; the
        // import reads a file with or without one.
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(kind.headers());
            printer.printRecord(kind.example());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** One sheet per kind, named after it; every cell is text, so Excel shows and keeps what is typed. */
    public static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (FileKind kind : FileKind.values()) {
                Sheet sheet = workbook.createSheet(name(kind));
                write(sheet.createRow(0), kind.headers());
                write(sheet.createRow(1), kind.example());
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(FileKind kind) {
        String lower = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
