package org.performanceledger.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.files.ImportLimits;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.plan.ImportProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook that once took ten minutes and four gigabytes to dry-run: 480,000 rows of values in 11 MB. It is now
 * refused by the rows limit, having been read only to the row past it. How fast, and in how little memory, the
 * benchmark measures (ImportBenchmark); this test holds the behaviour.
 */
class LargeWorkbookTest {

    static final int ROWS = 480_000;

    @TempDir
    Path temporary;

    /** 480,000 monthly values of 500 indicators, with their source dates and a line of commentary each. */
    static void writeValuesWorkbook(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            Sheet sheet = workbook.createSheet("Values");
            Row header = sheet.createRow(0);
            List.of("code", "period", "value", "source date", "commentary")
                    .forEach(text -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(text));
            Random random = new Random(42);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                int month = r / 500;
                row.createCell(0).setCellValue("KPI " + r % 500);
                row.createCell(1).setCellValue(String.format(Locale.ROOT, "%d-%02d", 1980 + month / 12,
                        month % 12 + 1));
                row.createCell(2).setCellValue(random.nextInt(10_000) / 10_000.0);
                row.getCell(2).setCellStyle(percent);
                row.createCell(3).setCellValue(String.format(Locale.ROOT, "%d-%02d-15", 1980 + month / 12,
                        month % 12 + 1));
                row.createCell(4).setCellValue(random.nextInt(4) == 0 ? "Below target: see the action plan" : "");
            }
            workbook.write(out);
        }
    }

    @Test
    void aWorkbookOf480000RowsIsRefusedByTheRowsLimitHavingReadNoFurtherThanTheRowPastIt() throws IOException {
        Path file = temporary.resolve("values.xlsx");
        writeValuesWorkbook(file, ROWS);
        ImportFile workbook = new ImportFile("values.xlsx", Files.readAllBytes(file));
        int limit = ImportLimits.DEFAULT.maxRowsPerFile();
        // The planner asks whether to go on before each row it reads: that counts the rows read.
        AtomicInteger rowsRead = new AtomicInteger();

        ImportPlan plan = ImportPlanner.plan("southend", List.of(workbook), new StubDirectory()
                .withOrganisation("southend", 10), ImportLimits.DEFAULT, Clock.systemUTC(), () -> {
                    rowsRead.incrementAndGet();
                    return false;
                });

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::line)
                    .containsExactly("values.xlsx", "Values", limit + 2);
            assertThat(problem.reason()).startsWith("The file has more than 50,000 rows");
        });
        // The header (twice: to recognise the sheet, then as the counting starts), the limit's rows, and the row
        // past it: not one more.
        assertThat(rowsRead).hasValue(limit + 3);
    }
}
