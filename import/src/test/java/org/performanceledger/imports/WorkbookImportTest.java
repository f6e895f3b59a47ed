package org.performanceledger.imports;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.performanceledger.imports.files.FileKind;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.files.ImportTemplates;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.ImportStep;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.command.indicator.RecordComparator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.Basis;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.YearBasis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WorkbookImportTest {

    private static final String ORG = "southend";

    private static ValidatorFactory validatorFactory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        validatorFactory.close();
    }

    private static StubDirectory emptyLedger() {
        return new StubDirectory().withOrganisation(ORG, 10);
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    // ---------------------------------------------------------------- building workbooks

    /** A workbook built cell by cell, with numbers, dates and formulas typed and formatted as Excel keeps them. */
    private static final class Book {
        final XSSFWorkbook workbook = new XSSFWorkbook();

        CellStyle format(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        Sheet sheet(String name, String... headers) {
            Sheet sheet = workbook.createSheet(name);
            Row row = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                row.createCell(i).setCellValue(headers[i]);
            }
            return sheet;
        }

        /** The workbook as Excel saves it: each formula with its result. */
        byte[] bytes() {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return bytesWithoutFormulaResults();
        }

        /** As a program may save it: its formulas without results, until Excel calculates them. */
        byte[] bytesWithoutFormulaResults() {
            try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Cell text(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        return cell;
    }

    private static Cell number(Row row, int column, double number, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(number);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private static Cell date(Row row, int column, LocalDate date, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
        return cell;
    }

    /** Indicators CP 1.1 (a percentage) and CP 2.1 (a count), and their values as a council's workbook has them. */
    private static byte[] returnsWorkbook() {
        Book book = new Book();
        Sheet indicators = book.sheet("Indicators", "code", "short name", "polarity", "unit", "decimal places");
        Row cp11 = indicators.createRow(1);
        text(cp11, 0, "CP 1.1");
        text(cp11, 1, "Council tax collected [Cumulative YTD]");
        text(cp11, 2, "Aim to Maximise");
        text(cp11, 3, "%");
        number(cp11, 4, 2, null);
        Row cp21 = indicators.createRow(2);
        text(cp21, 0, "CP 2.1");
        text(cp21, 1, "Library visits");
        text(cp21, 2, "Activity");
        text(cp21, 3, "number");
        number(cp21, 4, 0, null);

        CellStyle percent = book.format("0.00%");
        CellStyle thousands = book.format("#,##0");
        Sheet values = book.sheet("Values", "code", "period", "value", "source date");
        Row january = values.createRow(1);
        text(january, 0, "CP 1.1");
        date(january, 1, LocalDate.of(2019, 1, 1), book.format("mmm-yy"));
        number(january, 2, 0.866, percent);
        date(january, 3, LocalDate.of(2019, 2, 22), book.format("d mmmm yyyy"));
        Row visits = values.createRow(2);
        text(visits, 0, "CP 2.1");
        text(visits, 1, "February 2019");
        number(visits, 2, 4544, thousands);
        // A row left empty between the data: skipped, the next row keeps its own number.
        Row february = values.createRow(4);
        text(february, 0, "CP 1.1");
        text(february, 1, "2019-02");
        Cell formula = february.createCell(2);
        formula.setCellFormula("0.5+0.3675");
        formula.setCellStyle(percent);
        date(february, 3, LocalDate.of(2019, 3, 22), book.format("dd/mm/yyyy"));

        Sheet notes = book.sheet("Notes", "Read me first");
        text(notes.createRow(2), 0, "Values are as at month end.");
        return book.bytes();
    }

    // ---------------------------------------------------------------- reading workbooks

    @Test
    void readsEachSheetAsExcelShowsItsCells() {
        ImportPlan plan = ImportPlanner.plan(ORG, List.of(new ImportFile("returns.xlsx", returnsWorkbook())),
                emptyLedger());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::sheet, ImportStep::line, ImportStep::change,
                ImportStep::command).containsExactly(
                tuple("Indicators", 2, Change.ADD, new RegisterIndicator(ORG, "CP 1.1",
                        new IndicatorDefinition("Council tax collected [Cumulative YTD]", null, Polarity.MAXIMISE,
                                Basis.CUMULATIVE_YTD, "%", 2, null, null, null, null, null, null, null, null))),
                tuple("Indicators", 3, Change.ADD, new RegisterIndicator(ORG, "CP 2.1",
                        new IndicatorDefinition("Library visits", null, Polarity.ACTIVITY, null, "number", 0, null,
                                null, null, null, null, null, null, null))),
                // 0.866 formatted 0.00% is 86.60, as the sheet shows it; the Jan-19 date cell is the month.
                tuple("Values", 2, Change.ADD, new RecordValue(ORG, "CP 1.1", "2019-01",
                        MeasuredValue.of(n("86.60")), null, null, LocalDate.of(2019, 2, 22))),
                // 4544 formatted #,##0 is 4,544: 4544.
                tuple("Values", 3, Change.ADD, new RecordValue(ORG, "CP 2.1", "2019-02",
                        MeasuredValue.of(n("4544")), null, null, null)),
                // A formula is read as the result saved with it, as formatted.
                tuple("Values", 5, Change.ADD, new RecordValue(ORG, "CP 1.1", "2019-02",
                        MeasuredValue.of(n("86.75")), null, null, LocalDate.of(2019, 3, 22))));
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.file()).isEqualTo("returns.xlsx"));
    }

    @Test
    void aSheetOfNoKnownKindIsSkippedWithAWarning() {
        ImportPlan plan = ImportPlanner.plan(ORG, List.of(new ImportFile("returns.xlsx", returnsWorkbook())),
                emptyLedger());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo("returns.xlsx");
            assertThat(warning.sheet()).isEqualTo("Notes");
            assertThat(warning.line()).isEqualTo(1);
            assertThat(warning.reason()).startsWith("Sheet skipped: The headers fit no kind of import file");
        });
        assertThat(plan.steps()).noneMatch(step -> "Notes".equals(step.sheet()));
    }

    @Test
    void aWorkbookIsKnownByItsContentWhateverItIsCalled() {
        ImportPlan plan = ImportPlanner.plan(ORG, List.of(new ImportFile("returns", returnsWorkbook())),
                emptyLedger());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).hasSize(5);
    }

    @Test
    void problemsNameTheSheetAndTheColumnsLetterAndHeader() {
        Book book = new Book();
        Sheet values = book.sheet("Values", "code", "period", "value", "Commentary *");
        Row bad = values.createRow(2);
        text(bad, 0, "CP 1.1");
        text(bad, 1, "2019-01");
        text(bad, 2, "abc");
        Row noPeriod = values.createRow(3);
        text(noPeriod, 0, "CP 1.1");
        number(noPeriod, 2, 5, null);
        Row unknown = values.createRow(4);
        text(unknown, 0, "XX 9");
        text(unknown, 1, "2019-01");
        number(unknown, 2, 5, null);
        Row quarter = values.createRow(5);
        text(quarter, 0, "CP 1.1");
        text(quarter, 1, "2019-Q1");
        text(quarter, 3, "Commentary for a quarter");
        ImportFile file = new ImportFile("returns.xlsx", book.bytes());

        ImportPlan plan = ImportPlanner.plan(ORG, List.of(file), emptyLedger().withIndicator(ORG, "CP 1.1",
                new org.performanceledger.events.IndicatorDefinition("Council tax collected", null,
                        Polarity.MAXIMISE, null, "%", 1, Frequency.MONTHLY, YearBasis.FINANCIAL, null, null, null,
                        null, null, null), true));

        assertThat(plan.problems()).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::line,
                ImportProblem::column, ImportProblem::value).containsExactly(
                tuple("returns.xlsx", "Values", 3, "C (value)", "abc"),
                tuple("returns.xlsx", "Values", 4, "B (period)", null),
                tuple("returns.xlsx", "Values", 5, "A (code)", "XX 9"),
                tuple("returns.xlsx", "Values", 6, "B (period)", "2019-Q1"));
        assertThat(plan.problems().get(0).reason()).startsWith("'abc' is not a value");
        assertThat(plan.problems().get(3).reason()).contains("not a monthly period");
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void aDamagedWorkbookIsAProblemOfTheWholeFile() {
        ImportPlan plan = ImportPlanner.plan(ORG, List.of(new ImportFile("returns.xlsx",
                "PK this is not a zip".getBytes(StandardCharsets.UTF_8))), emptyLedger());

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("returns.xlsx");
            assertThat(problem.line()).isNull();
            assertThat(problem.reason()).startsWith("The file is not a readable Excel workbook (.xlsx)");
        });
    }

    // ---------------------------------------------------------------- templates

    private static ImportFile template(FileKind kind) {
        return new ImportFile(kind.name().toLowerCase(java.util.Locale.ROOT) + ".csv",
                ImportTemplates.csv(kind).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void eachCsvTemplateIsImportableAsItIs(FileKind kind) {
        List<ImportFile> files = new ArrayList<>(List.of(template(FileKind.INDICATORS)));
        if (kind != FileKind.INDICATORS) {
            // Its rows are for the indicator the indicators template registers.
            files.add(template(kind));
        }

        ImportPlan plan = ImportPlanner.plan(ORG, files, emptyLedger());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.warnings()).isEmpty();
        List<ImportStep> ofKind = plan.steps().stream()
                .filter(step -> step.file().equals(template(kind).name())).toList();
        assertThat(ofKind).isNotEmpty().allSatisfy(step -> {
            assertThat(step.change()).isEqualTo(Change.ADD);
            assertThat(step.line()).isEqualTo(2);
            assertThat(validator.validate(step.command())).as(step.subject()).isEmpty();
        });
        List<Class<?>> expected = switch (kind) {
            case INDICATORS -> List.of(RegisterIndicator.class, RecordComparator.class, RecordComparator.class);
            case TARGETS -> List.of(SetTarget.class);
            case VALUES -> List.of(RecordValue.class, DraftCommentary.class, DeclareExpectedOutcome.class);
        };
        assertThat(ofKind.stream().<Class<?>>map(step -> step.command().getClass()).toList()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void eachCsvTemplateIsHeadedWithItsKindsColumns(FileKind kind) {
        String firstLine = ImportTemplates.csv(kind).lines().findFirst().orElseThrow();
        assertThat(firstLine).as("a byte-order mark first, so spreadsheets read UTF-8").startsWith("\uFEFF");
        assertThat(firstLine.substring(1).split(",")).containsExactlyElementsOf(kind.headers());
        assertThat(kind.example()).hasSameSizeAs(kind.headers());
    }

    @Test
    void theWorkbookTemplateIsImportableAsItIs() {
        ImportPlan plan = ImportPlanner.plan(ORG, List.of(new ImportFile("template.xlsx",
                ImportTemplates.workbook())), emptyLedger());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::sheet, step -> step.command().getClass()).containsExactly(
                tuple("Indicators", RegisterIndicator.class),
                tuple("Indicators", RecordComparator.class),
                tuple("Indicators", RecordComparator.class),
                tuple("Targets", SetTarget.class),
                tuple("Values", RecordValue.class),
                tuple("Values", DraftCommentary.class),
                tuple("Values", DeclareExpectedOutcome.class));
        assertThat(plan.steps()).allSatisfy(step ->
                assertThat(validator.validate(step.command())).as(step.subject()).isEmpty());

        SetTarget target = (SetTarget) plan.steps().get(3).command();
        assertThat(target.target()).isEqualTo(new Target(TargetKind.NUMBER, n("97.50"), null, null, null));
        assertThat(target.authority()).isEqualTo("Cabinet");
        RecordValue value = (RecordValue) plan.steps().get(4).command();
        assertThat(value.value()).isEqualTo(MeasuredValue.of(n("86.60")));
        assertThat(value.period()).isEqualTo("2019-01");
        assertThat(value.sourceDate()).isEqualTo(LocalDate.of(2019, 2, 22));
        assertThat(((DeclareExpectedOutcome) plan.steps().get(6).command()).outcome())
                .isEqualTo(ExpectedOutcome.SOME_SLIPPAGE);
    }

    @Test
    void theWorkbookTemplateHasOneSheetPerKindInOrder() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(ImportTemplates.workbook()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Indicators", "Targets", "Values");
        }
    }
}
