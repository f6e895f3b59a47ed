package org.performanceledger.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.ImportStep;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Formulas are never calculated: a formula cell reads as the result saved with it, and one without is refused. */
class WorkbookFormulaTest {

    private static final String ORG = "southend";
    private static final int CHAIN = 50_000;
    private static final String REFUSAL = "A formula saved without its result: the import never calculates formulas";

    private static StubDirectory ledgerWithCp11() {
        return new StubDirectory().withOrganisation(ORG, 10).withIndicator(ORG, "CP 1.1", new IndicatorDefinition(
                "Council tax collected", null, Polarity.MAXIMISE, null, "%", 1, Frequency.MONTHLY,
                YearBasis.FINANCIAL, null, null, null, null, null, null), true);
    }

    /** A values sheet: January's value is the formula given, February's a plain number. */
    private static void valuesSheet(Workbook workbook, String januaryFormula, Double januaryResult) {
        Sheet values = workbook.createSheet("Values");
        Row header = values.createRow(0);
        header.createCell(0).setCellValue("code");
        header.createCell(1).setCellValue("period");
        header.createCell(2).setCellValue("value");
        Row january = values.createRow(1);
        january.createCell(0).setCellValue("CP 1.1");
        january.createCell(1).setCellValue("2019-01");
        january.createCell(2).setCellFormula(januaryFormula);
        if (januaryResult != null) {
            // What Excel saves beside each formula; on a streaming workbook's formula cell it is the saved result.
            january.getCell(2).setCellValue(januaryResult);
        }
        Row february = values.createRow(2);
        february.createCell(0).setCellValue("CP 1.1");
        february.createCell(1).setCellValue("2019-02");
        february.createCell(2).setCellValue(7);
    }

    /** A sheet of 50,000 cells, each the one above plus one: calculating the last would recurse 50,000 deep. */
    private static void chainSheet(Workbook workbook, boolean withResults) {
        Sheet workings = workbook.createSheet("Workings");
        workings.createRow(0).createCell(0).setCellValue(1);
        for (int r = 1; r < CHAIN; r++) {
            Row row = workings.createRow(r);
            row.createCell(0).setCellFormula("A" + r + "+1");
            if (withResults) {
                row.getCell(0).setCellValue(r + 1);
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static ImportPlan plan(byte[] workbook) {
        return ImportPlanner.plan(ORG, List.of(new ImportFile("returns.xlsx", workbook)), ledgerWithCp11());
    }

    @Test
    void aFormulaIsReadAsTheResultSavedWithItEvenAtTheEndOfAChain50000Deep() throws IOException {
        // Written as Excel saves it: every formula with its result (a streaming workbook takes results as given).
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        valuesSheet(workbook, "Workings!A" + CHAIN, (double) CHAIN);
        chainSheet(workbook, true);

        ImportPlan plan = plan(bytes(workbook));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::line, ImportStep::command).containsExactly(
                tuple(2, new RecordValue(ORG, "CP 1.1", "2019-01",
                        MeasuredValue.of(new BigDecimal(CHAIN)), null, null, null)),
                tuple(3, new RecordValue(ORG, "CP 1.1", "2019-02",
                        MeasuredValue.of(new BigDecimal(7)), null, null, null)));
    }

    @Test
    void aFormulaSavedWithoutItsResultIsRefusedNamingSheetRowAndColumnAndNeverCalculated() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        valuesSheet(workbook, "Workings!A" + CHAIN, null);
        chainSheet(workbook, false);

        ImportPlan plan = plan(bytes(workbook));

        // Refused once, on its own cell: not also "a value is required".
        assertThat(plan.problems()).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::line,
                ImportProblem::column, ImportProblem::value).containsExactly(
                tuple("returns.xlsx", "Values", 2, "C (value)", "=Workings!A" + CHAIN));
        assertThat(plan.problems().get(0).reason()).startsWith(REFUSAL).contains("save it again");
        // The refused row plans nothing; the others are planned as ever.
        assertThat(plan.steps()).extracting(ImportStep::line).containsExactly(3);
    }

    @Test
    void aFormulaWhoseSavedResultIsEmptyTextIsABlankCellNotAMissingResult() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        valuesSheet(workbook, "1+1", 2.0);
        Sheet values = workbook.getSheet("Values");
        values.getRow(0).createCell(3).setCellValue("commentary");
        values.getRow(2).createCell(3).setCellFormula("IF(C3>10,\"Above ten\",\"\")");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        ImportPlan plan = plan(bytes(workbook));

        assertThat(plan.problems()).isEmpty();
        // February's commentary formula gave "": no commentary, only the value.
        assertThat(plan.steps()).extracting(ImportStep::line, ImportStep::subject).containsExactly(
                tuple(2, "CP 1.1 2019-01 value"), tuple(3, "CP 1.1 2019-02 value"));
    }

    @Test
    void aFormulaWhoseSavedResultIsAnErrorReadsAsExcelShowsItAndIsNoValue() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        valuesSheet(workbook, "1/0", null);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        ImportPlan plan = plan(bytes(workbook));

        assertThat(plan.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple(2, "C (value)", "#DIV/0!"));
        assertThat(plan.problems().get(0).reason()).startsWith("'#DIV/0!' is not a value");
    }

    @Test
    void aFormulaWithoutResultInAColumnTheImportDoesNotReadIsNoProblem() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        valuesSheet(workbook, "1+1", 2.0);
        Row february = workbook.getSheet("Values").getRow(2);
        workbook.getSheet("Values").getRow(0).createCell(3).setCellValue("Working");
        february.createCell(3).setCellFormula("C3*2");

        ImportPlan plan = plan(bytes(workbook));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.warnings()).extracting(ImportProblem::column).containsExactly("D (Working)");
        assertThat(plan.steps()).extracting(ImportStep::line).containsExactly(2, 3);
    }
}
