package org.performanceledger.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.files.ImportLimits;
import org.performanceledger.imports.files.ImportTemplates;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.plan.ImportProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each limit refuses the whole import early, with a problem naming the file (and sheet, row and column where it
 * applies), and plans nothing: a plan without steps sends no command, so nothing is recorded.
 */
class ImportLimitsTest {

    private static final String ORG = "southend";
    private static final ImportLimits ROOMY = new ImportLimits(1_000_000, 1_000, 50, 10_000, 1_000,
            Duration.ofMinutes(5));

    private static StubDirectory ledgerWithCp11() {
        return new StubDirectory().withOrganisation(ORG, 10).withIndicator(ORG, "CP 1.1", new IndicatorDefinition(
                "Council tax collected", null, Polarity.MAXIMISE, null, "%", 1, Frequency.MONTHLY,
                YearBasis.FINANCIAL, null, null, null, null, null, null), true);
    }

    /** A values file with a row per month from April 2018. */
    private static ImportFile values(String name, int months) {
        StringBuilder csv = new StringBuilder("code,period,value\n");
        for (int m = 0; m < months; m++) {
            csv.append(String.format(Locale.ROOT, "CP 1.1,%d-%02d,%d\n", 2018 + (m + 3) / 12, (m + 3) % 12 + 1, m));
        }
        return new ImportFile(name, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ImportPlan plan(ImportLimits limits, ImportFile... files) {
        return ImportPlanner.plan(ORG, List.of(files), ledgerWithCp11(), limits, Clock.systemUTC(), () -> false);
    }

    private static ImportProblem onlyProblem(ImportPlan plan) {
        assertThat(plan.steps()).as("a refused import plans nothing").isEmpty();
        assertThat(plan.problems()).hasSize(1);
        return plan.problems().get(0);
    }

    @Test
    void withinTheLimitsEveryRowIsPlanned() {
        ImportPlan plan = plan(ROOMY, values("values.csv", 12));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).hasSize(12);
    }

    @Test
    void aFileOfMoreRowsThanTheLimitIsRefusedAtTheFirstRowPastIt() {
        ImportLimits limits = new ImportLimits(1_000_000, 10, 50, 10_000, 1_000, Duration.ofMinutes(5));

        ImportPlan plan = plan(limits, values("values.csv", 10), values("more.csv", 11));

        ImportProblem problem = onlyProblem(plan);
        assertThat(problem).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::line)
                .containsExactly("more.csv", null, 12);
        assertThat(problem.reason()).startsWith("The file has more than 10 rows");
        assertThat(plan.files()).containsOnlyKeys("values.csv", "more.csv");
    }

    @Test
    void aRowReachingPastTheColumnLimitIsRefusedNamingTheColumn() {
        ImportLimits limits = new ImportLimits(1_000_000, 1_000, 3, 10_000, 1_000, Duration.ofMinutes(5));

        ImportPlan plan = plan(limits, new ImportFile("values.csv",
                "code,period,value\nCP 1.1,2019-01,5,extra\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(onlyProblem(plan)).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly("values.csv", 2, "column 4");
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedInACsvFileAndInEitherKindOfWorkbookText() throws IOException {
        ImportLimits limits = new ImportLimits(1_000_000, 1_000, 50, 10_000, 20, Duration.ofMinutes(5));
        String tooLong = "x".repeat(21);

        ImportPlan csv = plan(limits, new ImportFile("values.csv",
                ("code,period,value,commentary\nCP 1.1,2019-01,5," + tooLong + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(onlyProblem(csv)).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(2, "column 4");
        assertThat(csv.problems().get(0).reason()).contains("at most 20 characters");

        // A workbook keeps text in a table of shared strings; a streaming writer puts it in the cell itself.
        for (boolean sharedStrings : List.of(true, false)) {
            XSSFWorkbook workbook = new XSSFWorkbook();
            Row header = workbook.createSheet("Values").createRow(0);
            List.of("code", "period", "value", "commentary")
                    .forEach(text -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(text));
            Row row = workbook.getSheet("Values").createRow(1);
            row.createCell(0).setCellValue("CP 1.1");
            row.createCell(1).setCellValue("2019-01");
            row.createCell(2).setCellValue(5);
            row.createCell(3).setCellValue(tooLong);
            ImportPlan plan = plan(limits, new ImportFile("returns.xlsx", sharedStrings ? bytes(workbook)
                    : inlineStrings(bytes(workbook))));
            assertThat(onlyProblem(plan)).as(sharedStrings ? "shared string" : "inline string")
                    .extracting(ImportProblem::sheet, ImportProblem::line, ImportProblem::column)
                    .containsExactly("Values", 2, "D");
        }
    }

    @Test
    void moreFilledCellsThanAnImportMayHaveAreRefusedInTheFileThatPassesTheLimit() {
        // 3 filled cells a line: the first file's 5 lines are 15, the second file's fourth line brings 27.
        ImportLimits limits = new ImportLimits(1_000_000, 1_000, 50, 25, 1_000, Duration.ofMinutes(5));

        ImportPlan plan = plan(limits, values("first.csv", 4), values("second.csv", 4));

        ImportProblem problem = onlyProblem(plan);
        assertThat(problem).extracting(ImportProblem::file, ImportProblem::line).containsExactly("second.csv", 4);
        assertThat(problem.reason()).contains("more than 25 filled cells");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() {
        ImportLimits limits = new ImportLimits(100, 1_000, 50, 10_000, 1_000, Duration.ofMinutes(5));
        ImportFile large = values("values.csv", 12);

        ImportProblem problem = onlyProblem(plan(limits, large));

        assertThat(problem).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::line)
                .containsExactly("values.csv", null, null);
        assertThat(problem.reason()).isEqualTo("The file is " + large.content().length + " bytes: an import file "
                + "may be at most 100 bytes; split it, a few years per file");
    }

    @Test
    void anImportTakingLongerThanItsTimeLimitStopsBetweenRows() {
        ImportLimits limits = new ImportLimits(1_000_000, 1_000, 50, 10_000, 1_000, Duration.ofSeconds(10));
        // A clock that moves a second each time it is read: at the start, then before each row read (the header
        // twice: once to recognise the file, once as its rows are counted). Ten seconds are up at line 9.
        Clock ticking = new Clock() {
            private Instant now = Instant.parse("2019-02-22T10:00:00Z");

            @Override
            public Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };

        ImportPlan plan = ImportPlanner.plan(ORG, List.of(values("values.csv", 24)), ledgerWithCp11(), limits,
                ticking, () -> false);

        ImportProblem problem = onlyProblem(plan);
        assertThat(problem).extracting(ImportProblem::file, ImportProblem::line).containsExactly("values.csv", 9);
        assertThat(problem.reason()).contains("longer than its limit of 10 s");
    }

    @Test
    void theCallerCanCancelWhileTheFilesAreFirstReadOrWhileTheyArePlanned() {
        // The first reading asks before each of the 13 lines (and the header's once more), the planning again.
        for (int askedBeforeCancelling : List.of(5, 20)) {
            AtomicInteger asked = new AtomicInteger();
            BooleanSupplier cancelled = () -> asked.incrementAndGet() > askedBeforeCancelling;

            ImportPlan plan = ImportPlanner.plan(ORG, List.of(values("values.csv", 12)), ledgerWithCp11(), ROOMY,
                    Clock.systemUTC(), cancelled);

            ImportProblem problem = onlyProblem(plan);
            assertThat(problem.reason()).as("cancelled after %d", askedBeforeCancelling)
                    .startsWith("The import was cancelled");
            assertThat(asked).hasValue(askedBeforeCancelling + 1);
        }
    }

    @Test
    void aWorkbookThatUnpacksToAHundredTimesItsSizeIsRefusedAsAZipBomb() throws IOException {
        byte[] bomb = withPaddedSheet(ImportTemplates.workbook(), 20 * 1024 * 1024);

        ImportPlan plan = plan(ImportLimits.DEFAULT, new ImportFile("template.xlsx", bomb));

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.problems()).extracting(ImportProblem::file, ImportProblem::line)
                .containsExactly(tuple("template.xlsx", null));
        assertThat(plan.problems().get(0).reason()).startsWith("The workbook unpacks to far more than its size")
                .contains("zip bomb");
        assertThat(bomb.length).isLessThan(200_000);
    }

    // ---------------------------------------------------------------- building workbooks

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with cell D2's text written in the cell itself, as streaming writers do. */
    private static byte[] inlineStrings(byte[] workbook) throws IOException {
        return rewrite(workbook, (name, xml) -> name.equals("xl/worksheets/sheet1.xml")
                ? changed(xml, xml.replaceFirst("<c r=\"D2\"[^>]*>.*?</c>",
                "<c r=\"D2\" t=\"inlineStr\"><is><t>" + "x".repeat(21) + "</t></is></c>")) : xml);
    }

    /** The workbook with its first sheet padded by a comment of this many spaces: it packs to almost nothing. */
    private static byte[] withPaddedSheet(byte[] workbook, int padding) throws IOException {
        return rewrite(workbook, (name, xml) -> name.equals("xl/worksheets/sheet1.xml")
                ? changed(xml, xml.replaceFirst("<sheetData", "<!--" + " ".repeat(padding) + "--><sheetData")) : xml);
    }

    private static String changed(String before, String after) {
        assertThat(after).as("the part was rewritten").isNotEqualTo(before);
        return after;
    }

    private interface PartRewriter {
        String rewrite(String name, String xml);
    }

    private static byte[] rewrite(byte[] workbook, PartRewriter rewriter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(rewriter.rewrite(entry.getName(), xml).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
