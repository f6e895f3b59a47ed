package org.performanceledger.benchmark;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A values workbook as a council's system exports it, of any length: the benchmark's indicators' monthly values,
 * percentages formatted as such, with source dates and now and then a line of commentary. At 480,000 rows it is
 * about 11 MB, the workbook that once took a dry run ten minutes and four gigabytes.
 */
final class ValuesWorkbook {

    private ValuesWorkbook() {
    }

    static void write(Path file, int rows, int indicators, int firstYear, int years) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            Sheet sheet = workbook.createSheet("Values");
            Row header = sheet.createRow(0);
            List.of("code", "period", "value", "source date", "commentary")
                    .forEach(text -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(text));
            Random random = new Random(42);
            for (int r = 1; r <= rows; r++) {
                int month = (r - 1) / indicators % (years * 12);
                String period = String.format(Locale.ROOT, "%d-%02d", firstYear + (month + 3) / 12,
                        (month + 3) % 12 + 1);
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("BM " + ((r - 1) % indicators + 1));
                row.createCell(1).setCellValue(period);
                row.createCell(2).setCellValue((500 + random.nextInt(500)) / 1000.0);
                row.getCell(2).setCellStyle(percent);
                row.createCell(3).setCellValue(period + "-28");
                row.createCell(4).setCellValue(random.nextInt(4) == 0 ? "Below target: see the action plan" : "");
            }
            workbook.write(out);
        }
    }
}
