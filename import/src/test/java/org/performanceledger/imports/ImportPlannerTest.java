package org.performanceledger.imports;

import org.junit.jupiter.api.Test;
import org.performanceledger.command.LedgerDirectory;

import org.performanceledger.command.YearFacts;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.ImportStep;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.Basis;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueState;
import org.performanceledger.events.YearBasis;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ImportPlannerTest {

    private static final String ORG = "southend";
    private static final String CODE = "CP 1.1";
    private static final String SHORT_NAME = "Council tax collected [Cumulative YTD]";

    /** CP 1.1 as the indicators file below defines it, once registered. */
    private static final IndicatorDefinition CP_1_1 = new IndicatorDefinition(SHORT_NAME,
            "Share of council tax due in the year that is collected", Polarity.MAXIMISE, Basis.CUMULATIVE_YTD, "%",
            1, Frequency.MONTHLY, YearBasis.FINANCIAL, "Strategic Services", null, null, null, "2014", null);

    private static final ImportFile INDICATORS = csv("indicators.csv",
            "code,short name,description,polarity,unit,decimal places,frequency,responsible unit,year introduced",
            "CP 1.1,Council tax collected [Cumulative YTD],Share of council tax due in the year that is collected,"
                    + "Aim to Maximise,%,1,Monthly,Strategic Services,2014");

    /** The annual row, then the profile out of order. */
    private static final ImportFile TARGETS = csv("targets.csv",
            "code,year,period,target,tolerance",
            "CP 1.1,2018-19,,97.5%,0.5",
            "CP 1.1,2018-19,Jun-18,30%,",
            "CP 1.1,2018-19,2018-04,10%,",
            "CP 1.1,2018-19,May 2018,20%,");

    private static final ImportFile VALUES = csv("values.csv",
            "code,period,value,reason,source date,commentary,actions,expected outcome",
            "CP 1.1,January 2019,86.60%,,22 February 2019,Collection is 86.6%.,Chase arrears,"
                    + "Some slippage against target",
            "CP 1.1,February 2019,TBC,Figures late from finance,,,,");

    private static ImportFile csv(String name, String... lines) {
        return new ImportFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ImportPlan plan(LedgerDirectory directory, ImportFile... files) {
        return ImportPlanner.plan(ORG, List.of(files), directory);
    }

    private static StubDirectory emptyLedger() {
        return new StubDirectory().withOrganisation(ORG, 10);
    }

    private static StubDirectory ledgerWithCp11() {
        return emptyLedger().withIndicator(ORG, CODE, CP_1_1, true);
    }

    private static YearFacts year(Map<String, MeasuredValue> values) {
        return new YearFacts(ORG, CODE, "2018-19", null, values, Map.of(), Map.of(), null);
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    private static ImportProblem onlyProblem(ImportPlan plan) {
        assertThat(plan.problems()).hasSize(1);
        return plan.problems().get(0);
    }

    // ---------------------------------------------------------------- adding what is new

    @Test
    void aNewIndicatorItsTargetAndValuesAreAllAddedInIndicatorsTargetsValuesOrder() {
        // Handed in backwards: the planner still applies indicators, then targets, then values.
        ImportPlan plan = plan(emptyLedger(), VALUES, TARGETS, INDICATORS);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::file, ImportStep::line, ImportStep::subject,
                ImportStep::change).containsExactly(
                tuple("indicators.csv", 2, "CP 1.1 indicator", Change.ADD),
                tuple("targets.csv", 2, "CP 1.1 2018-19 target", Change.ADD),
                tuple("values.csv", 2, "CP 1.1 2019-01 value", Change.ADD),
                tuple("values.csv", 2, "CP 1.1 2019-01 commentary", Change.ADD),
                tuple("values.csv", 2, "CP 1.1 2019-01 expected outcome", Change.ADD),
                tuple("values.csv", 3, "CP 1.1 2019-02 value", Change.ADD));
        assertThat(plan.count(Change.ADD)).isEqualTo(6);
        assertThat(plan.steps().get(4).detail()).as("the outcome in the report's words, not its code")
                .isEqualTo("Some slippage against target");
        assertThat(plan.files()).containsOnlyKeys("values.csv", "targets.csv", "indicators.csv");
        assertThat(plan.files().get("values.csv")).isEqualTo(VALUES.checksum()).matches("[0-9a-f]{64}");

        List<Object> commands = plan.steps().stream().map(ImportStep::command).toList();
        assertThat(commands.get(0)).isEqualTo(new RegisterIndicator(ORG, CODE, new IndicatorDefinition(
                SHORT_NAME, "Share of council tax due in the year that is collected", Polarity.MAXIMISE,
                Basis.CUMULATIVE_YTD, "%", 1, Frequency.MONTHLY, null, "Strategic Services", null, null, null, "2014",
                null)));
        assertThat(((RegisterIndicator) commands.get(0)).definition().withDefaults()).isEqualTo(CP_1_1);

        assertThat(commands.get(1)).isEqualTo(new SetTarget(ORG, CODE, "2018-19",
                new Target(TargetKind.NUMBER, n("97.5"), null, null, null), null,
                new Tolerance(ToleranceKind.ABSOLUTE, n("0.5")),
                List.of(new PeriodTarget("2018-04", n("10"), null, null),
                        new PeriodTarget("2018-05", n("20"), null, null),
                        new PeriodTarget("2018-06", n("30"), null, null)),
                "Imported from targets.csv", "As stated in targets.csv", "2018-04"));

        assertThat(commands.get(2)).isEqualTo(new RecordValue(ORG, CODE, "2019-01",
                MeasuredValue.of(n("86.60")), null, null, LocalDate.of(2019, 2, 22)));
        assertThat(commands.get(3)).isEqualTo(new DraftCommentary(ORG, CODE, "2019-01",
                "Collection is 86.6%.", "Chase arrears", null));
        assertThat(commands.get(4)).isEqualTo(new DeclareExpectedOutcome(ORG, CODE, "2019-01",
                ExpectedOutcome.SOME_SLIPPAGE));
        assertThat(commands.get(5)).isEqualTo(new RecordValue(ORG, CODE, "2019-02",
                new MeasuredValue(ValueState.TBC, null, "Figures late from finance"), null, null, null));
    }

    @Test
    void aStepKnowsWhichCellEachFieldCameFrom() {
        ImportPlan plan = plan(emptyLedger(), INDICATORS, TARGETS, VALUES);

        ImportStep target = plan.steps().get(1);
        assertThat(target.locate("tolerance")).isEqualTo(new ImportStep.Location(2, "tolerance"));
        // The profile is sorted; its first entry (April) came from line 4 of the file.
        assertThat(target.locate("profile[0].period")).isEqualTo(new ImportStep.Location(4, "period"));
        assertThat(target.locate("profile[2].target")).isEqualTo(new ImportStep.Location(3, "target"));
        ImportStep value = plan.steps().get(2);
        assertThat(value.locate("value.number")).isEqualTo(new ImportStep.Location(2, "value"));
        assertThat(value.locate("sourceDate")).isEqualTo(new ImportStep.Location(2, "source date"));
    }

    @Test
    void aTargetRowWithOnlyAPeriodAndADashIsAPeriodWithoutTarget() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("targets.csv",
                "code,year,period,target",
                "CP 1.1,2018-19,2018-04,-"));

        assertThat(plan.problems()).isEmpty();
        ImportStep step = plan.steps().get(0);
        assertThat(step.change()).isEqualTo(Change.ADD);
        SetTarget command = (SetTarget) step.command();
        assertThat(command.profile()).containsExactly(new PeriodTarget("2018-04", null, null, null));
        // No annual row: the year's target is TBC, saying so.
        assertThat(command.target()).isEqualTo(new Target(TargetKind.TBC, null, null, null,
                "Annual target not stated in targets.csv"));
        assertThat(command.effectiveFrom()).isEqualTo("2018-04");
    }

    @Test
    void anActivityIndicatorsProfileRowsCarryItsExpectedRange() {
        IndicatorDefinition visits = new IndicatorDefinition("Visits to libraries", null, Polarity.ACTIVITY, null,
                "number", 0, Frequency.MONTHLY, YearBasis.FINANCIAL, null, null, null, null, null, null);
        ImportPlan plan = plan(emptyLedger().withIndicator(ORG, "CP 2.1", visits, true), csv("targets.csv",
                "code,year,period,target,lower,upper,authority,reason",
                "CP 2.1,2018-19,,TBC,,,Cabinet,Budget setting",
                "CP 2.1,2018-19,2018-05,,40,60,,",
                "CP 2.1,2018-19,2018-04,45 - 55,,,,"));

        assertThat(plan.problems()).isEmpty();
        SetTarget command = (SetTarget) plan.steps().get(0).command();
        assertThat(command.target().kind()).isEqualTo(TargetKind.TBC);
        assertThat(command.profile()).containsExactly(
                new PeriodTarget("2018-04", null, n("45"), n("55")),
                new PeriodTarget("2018-05", null, n("40"), n("60")));
        assertThat(command.authority()).isEqualTo("Cabinet");
        assertThat(command.reason()).isEqualTo("Budget setting");
    }

    @Test
    void aPeriodRowWithNeitherTargetNorRangeIsAProblem() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("targets.csv",
                "code,year,period,target,lower,upper",
                "CP 1.1,2018-19,,95%,,",
                "CP 1.1,2018-19,2018-04,,40,"));

        assertThat(plan.steps()).isEmpty();
        assertThat(onlyProblem(plan)).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(3, "target");
    }

    // ---------------------------------------------------------------- what is already there

    @Test
    void factsTheLedgerAlreadyHoldsAreUnchangedAndCarryNoCommand() {
        StubDirectory ledger = ledgerWithCp11().withYear(new YearFacts(ORG, CODE, "2018-19",
                new YearFacts.TargetFacts(new Target(TargetKind.NUMBER, n("97.50"), null, null, null), null,
                        new Tolerance(ToleranceKind.ABSOLUTE, n("0.50")),
                        List.of(new PeriodTarget("2018-04", n("10.0"), null, null),
                                new PeriodTarget("2018-05", n("20"), null, null),
                                new PeriodTarget("2018-06", n("30"), null, null))),
                Map.of("2019-01", MeasuredValue.of(n("86.6")),
                        "2019-02", new MeasuredValue(ValueState.TBC, null, "Figures late from finance")),
                Map.of("2019-01", new YearFacts.Commentary("Collection is 86.6%.", "Chase arrears", null)),
                Map.of("2019-01", ExpectedOutcome.SOME_SLIPPAGE), null));

        ImportPlan plan = plan(ledger, INDICATORS, TARGETS, VALUES);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).hasSize(6);
        assertThat(plan.steps()).allSatisfy(step -> {
            assertThat(step.change()).as(step.subject()).isEqualTo(Change.UNCHANGED);
            assertThat(step.command()).as(step.subject()).isNull();
        });
        assertThat(plan.count(Change.UNCHANGED)).isEqualTo(6);
    }

    @Test
    void aTargetSetAgainWithTheSameAnnualFigureSaysWhatChangesNotTheSameFigureTwice() {
        StubDirectory ledger = ledgerWithCp11().withYear(new YearFacts(ORG, CODE, "2018-19",
                new YearFacts.TargetFacts(new Target(TargetKind.NUMBER, n("97.50"), null, null, null), null,
                        new Tolerance(ToleranceKind.ABSOLUTE, n("0.50")),
                        List.of(new PeriodTarget("2018-04", n("10.0"), null, null),
                                new PeriodTarget("2018-05", n("20"), null, null),
                                new PeriodTarget("2018-06", n("30"), null, null))),
                Map.of(), Map.of(), Map.of(), null));

        ImportPlan plan = plan(ledger, csv("targets.csv",
                "code,year,period,target,stretch target,tolerance",
                "CP 1.1,2018-19,,97.5%,98%,0.5"));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.change()).isEqualTo(Change.CHANGE);
            assertThat(step.detail()).as("the annual target stays 97.50: not '97.50 → 97.50'")
                    .isEqualTo("stretch target: none → 98; profile: 3 periods → none");
        });
    }

    @Test
    void anIndicatorDefinedDifferentlyIsAmendedWithTheRowsReason() {
        IndicatorDefinition held = new IndicatorDefinition(SHORT_NAME, "Old description", Polarity.MAXIMISE,
                Basis.CUMULATIVE_YTD, "%", 1, Frequency.MONTHLY, YearBasis.FINANCIAL, "Strategic Services", null,
                null, null, "2014", null);
        ImportPlan plan = plan(emptyLedger().withIndicator(ORG, CODE, held, true), csv("indicators.csv",
                "code,short name,description,polarity,reason",
                "CP 1.1,Council tax collected [Cumulative YTD],New description,Aim to Maximise,Definition agreed"));

        ImportStep step = plan.steps().get(0);
        assertThat(step.change()).isEqualTo(Change.CHANGE);
        assertThat(step.detail()).isEqualTo("changes Description: Old description → New description");
        AmendIndicator amend = (AmendIndicator) step.command();
        assertThat(amend.reason()).isEqualTo("Definition agreed");
        assertThat(amend.applyTo(held).description()).isEqualTo("New description");
    }

    @Test
    void aDifferentValueIsCorrectedWithTheRowsReason() {
        StubDirectory ledger = ledgerWithCp11().withYear(year(Map.of(
                "2019-01", MeasuredValue.of(n("85.0")),
                "2019-02", MeasuredValue.of(n("90")))));

        ImportPlan plan = plan(ledger, csv("values.csv",
                "code,period,value,reason",
                "CP 1.1,2019-01,86.60%,Revised by finance",
                "CP 1.1,2019-02,91%,"));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::change, ImportStep::detail).containsExactly(
                tuple(Change.CHANGE, "85.0 → 86.60"),
                tuple(Change.CHANGE, "90 → 91"));
        assertThat(plan.steps().get(0).command()).isEqualTo(new CorrectValue(ORG, CODE, "2019-01",
                MeasuredValue.of(n("86.60")), null, null, "Revised by finance", null));
        assertThat(((CorrectValue) plan.steps().get(1).command()).reason()).isEqualTo("Imported from values.csv");
    }

    @Test
    void theSamePeriodTwiceInOneFileIsRecordedThenCorrected() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("values.csv",
                "code,period,value,reason",
                "CP 1.1,2019-01,86.60%,",
                "CP 1.1,Jan-19,87.1%,Late return from the bank",
                "CP 1.1,January 2019,87.10,"));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::line, ImportStep::change)
                .containsExactly(tuple(2, Change.ADD), tuple(3, Change.CHANGE), tuple(4, Change.UNCHANGED));
        assertThat(plan.steps().get(0).command()).isInstanceOf(RecordValue.class);
        assertThat(plan.steps().get(1).command()).isEqualTo(new CorrectValue(ORG, CODE, "2019-01",
                MeasuredValue.of(n("87.1")), null, null, "Late return from the bank", null));
        assertThat(plan.steps().get(2).command()).isNull();
    }

    // ---------------------------------------------------------------- reading the files

    @Test
    void headersAreMatchedLenientlyAndAnUnknownColumnIsAWarningNamingIt() {
        ImportPlan plan = plan(emptyLedger(),
                csv("indicators.csv",
                        "Ref.,KPIs,Expected direction of travel",
                        "CP 1.1,Council tax collected,↑ Higher is better"),
                csv("values.csv",
                        "MPR Code*,  LATEST   MONTH ,MONTH'S VALUE *,RAG Colour",
                        "CP 1.1,Jan-19,\"4,544\",Green"));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::command).containsExactly(
                new RegisterIndicator(ORG, CODE, "Council tax collected", null, Polarity.MAXIMISE),
                new RecordValue(ORG, CODE, "2019-01", MeasuredValue.of(n("4544")), null, null, null));
        assertThat(plan.warnings()).containsExactly(new ImportProblem("values.csv", null, 1, "RAG Colour",
                "RAG Colour", "Not a column of a values file: ignored"));
    }

    @Test
    void aKnownColumnThatIsNotOfThisKindOfFileIsIgnoredWithAWarning() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("values.csv",
                "code,period,value,polarity",
                "CP 1.1,2019-01,5,Aim to Minimise"));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.warnings()).extracting(ImportProblem::column, ImportProblem::reason)
                .containsExactly(tuple("polarity", "Not a column of a values file: ignored"));
    }

    @Test
    void aColumnHeadedTwiceIsAProblem() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("values.csv",
                "code,period,value,Current value",
                "CP 1.1,2019-01,5,6"));

        ImportProblem problem = onlyProblem(plan);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo("Current value");
        assertThat(problem.reason()).contains("A second 'value' column");
    }

    @Test
    void tabSeparatedFilesAreRead() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("values.tsv",
                "code\tperiod\tvalue\tcommentary",
                "CP 1.1\t2019-01\t4,544\tUp, as expected; on track"));

        assertValue4544WithCommentary(plan);
    }

    @Test
    void semicolonSeparatedFilesAreRead() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("values.csv",
                "code;period;value;commentary",
                "CP 1.1;2019-01;4,544;\"Up, as expected; on track\""));

        assertValue4544WithCommentary(plan);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        byte[] text = ("code,period,value,commentary\n"
                + "CP 1.1,2019-01,\"4,544\",\"Up, as expected; on track\"\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text);

        ImportPlan plan = plan(ledgerWithCp11(), new ImportFile("values.csv", bytes.toByteArray()));

        assertThat(plan.warnings()).isEmpty();
        assertValue4544WithCommentary(plan);
    }

    private static void assertValue4544WithCommentary(ImportPlan plan) {
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.steps()).extracting(ImportStep::command).containsExactly(
                new RecordValue(ORG, CODE, "2019-01", MeasuredValue.of(n("4544")), null, null, null),
                new DraftCommentary(ORG, CODE, "2019-01", "Up, as expected; on track", null, null));
    }

    @Test
    void windowsLineEndingsAreRead() {
        ImportPlan plan = plan(ledgerWithCp11(), new ImportFile("values.csv",
                "code,period,value\r\nCP 1.1,2019-01,5\r\nCP 1.1,2019-02,abc\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(plan.steps()).extracting(ImportStep::command).containsExactly(
                new RecordValue(ORG, CODE, "2019-01", MeasuredValue.of(n("5")), null, null, null));
        assertThat(onlyProblem(plan).line()).isEqualTo(3);
    }

    @Test
    void aMultiLineCommentaryKeepsTheFollowingRowsLineRight() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("values.csv",
                "code,period,value,commentary",
                "CP 1.1,2019-01,86.6%,\"First line",
                "second line\"",
                "CP 1.1,2019-02,abc,"));

        assertThat(plan.steps()).extracting(ImportStep::line, ImportStep::command).containsExactly(
                tuple(2, new RecordValue(ORG, CODE, "2019-01", MeasuredValue.of(n("86.6")), null, null,
                        null)),
                tuple(2, new DraftCommentary(ORG, CODE, "2019-01", "First line\nsecond line", null,
                        null)));
        // The row after the two-line cell starts on line 4 of the file.
        ImportProblem problem = onlyProblem(plan);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.value()).isEqualTo("abc");
    }

    @Test
    void aBlankLineIsCountedInTheFollowingRowsLine() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("values.csv",
                "code,period,value",
                "CP 1.1,2019-01,5",
                "",
                "CP 1.1,2019-02,abc",
                ",,",
                "",
                "",
                "CP 1.1,2019-03,xyz"));

        assertThat(plan.steps()).extracting(ImportStep::line).containsExactly(2);
        assertThat(plan.problems()).extracting(ImportProblem::line, ImportProblem::value)
                .containsExactly(tuple(4, "abc"), tuple(8, "xyz"));
    }

    // ---------------------------------------------------------------- problems

    @Test
    void everyBadRowIsAProblemWithFileLineColumnAsHeadedAndReason() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("returns.csv",
                "code,Latest month,Current value",
                "CP 1.1,2019-01,abc",
                "CP 1.1,,5",
                "XX 9,2019-01,5",
                "CP 1.1,2019-Q1,5",
                "CP 1.1,2019-02,7"));

        assertThat(plan.problems()).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::line,
                ImportProblem::column, ImportProblem::value).containsExactly(
                tuple("returns.csv", null, 2, "Current value", "abc"),
                tuple("returns.csv", null, 3, "Latest month", null),
                tuple("returns.csv", null, 4, "code", "XX 9"),
                tuple("returns.csv", null, 5, "Latest month", "2019-Q1"));
        List<String> reasons = plan.problems().stream().map(ImportProblem::reason).toList();
        assertThat(reasons.get(0)).startsWith("'abc' is not a value").contains("4,544");
        assertThat(reasons.get(1)).isEqualTo("'period' is required");
        assertThat(reasons.get(2)).isEqualTo("No indicator 'XX 9' is registered in organisation 'southend' or in "
                + "this import's indicators");
        assertThat(reasons.get(3)).isEqualTo("'2019-Q1' is not a monthly period: CP 1.1 is reported monthly by "
                + "financial year");
        // The good row is still checked and planned; the problems stop the whole import.
        assertThat(plan.steps()).extracting(ImportStep::line, ImportStep::change).containsExactly(tuple(6, Change.ADD));
    }

    @Test
    void aValueRowForAnIndicatorOnlyInThisImportIsKnown() {
        ImportPlan plan = plan(emptyLedger(), INDICATORS, csv("values.csv",
                "code,period,value",
                "CP 1.1,2019-01,5",
                "CP 9.9,2019-01,5"));

        assertThat(plan.steps()).extracting(ImportStep::subject)
                .containsExactly("CP 1.1 indicator", "CP 1.1 2019-01 value");
        assertThat(onlyProblem(plan)).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
                .containsExactly(3, "code", "CP 9.9");
    }

    @Test
    void problemsInIndicatorAndTargetFilesAreLocatedToo() {
        ImportPlan plan = plan(emptyLedger(),
                csv("indicators.csv",
                        "code,short name,polarity,statistical neighbour",
                        "CP 1.1,Council tax collected,Sideways,",
                        "CP 1.2,Rent collected,Aim to Maximise,96%",
                        "CP 1.3,Business rates collected,Aim to Maximise,"),
                csv("targets.csv",
                        "code,year,target",
                        "CP 1.3,2018-20,95%"));

        assertThat(plan.problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column,
                ImportProblem::value).containsExactly(
                tuple("indicators.csv", 2, "polarity", "Sideways"),
                tuple("indicators.csv", 3, "comparator period", null),
                tuple("indicators.csv", 3, "comparator source", null),
                tuple("targets.csv", 2, "year", "2018-20"));
        assertThat(plan.problems().get(0).reason()).contains("not a polarity").contains("Aim to Maximise");
        assertThat(plan.problems().get(3).reason()).isEqualTo("'2018-20' is not a year such as 2018-19 or 2018/19");
    }

    @Test
    void aFileWhoseHeadersFitNoKindIsAProblem() {
        ImportPlan plan = plan(emptyLedger(), csv("notes.csv",
                "name,colour",
                "CP 1.1,red"));

        assertThat(plan.steps()).isEmpty();
        ImportProblem problem = onlyProblem(plan);
        assertThat(problem.file()).isEqualTo("notes.csv");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isNull();
        assertThat(problem.reason()).startsWith("The headers fit no kind of import file")
                .contains("values need code, period and value");
    }

    @Test
    void anEmptyOrNonUtf8FileIsAProblem() {
        ImportPlan plan = plan(emptyLedger(),
                new ImportFile("empty.csv", new byte[0]),
                new ImportFile("latin1.csv", "code,period,value\nCP 1.1,2019-01,£5\n"
                        .getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(plan.problems()).extracting(ImportProblem::file, ImportProblem::line).containsExactly(
                tuple("empty.csv", null), tuple("latin1.csv", null));
        assertThat(plan.problems().get(0).reason()).contains("empty");
        assertThat(plan.problems().get(1).reason()).contains("not UTF-8");
    }

    @Test
    void aPeriodGivenTwoTargetsInOneYearIsAProblemOnTheSecondRow() {
        ImportPlan plan = plan(ledgerWithCp11(), csv("targets.csv",
                "code,year,period,target",
                "CP 1.1,2018-19,,97.5%",
                "CP 1.1,2018-19,2018-04,10%",
                "CP 1.1,2018-19,April 2018,11%"));

        assertThat(plan.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(4, "period"));
        assertThat(plan.problems().get(0).reason()).contains("the first is line 3");
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void twoFilesOfOneNameAreAProblemForTheirEventsCouldNotTellThemApart() {
        ImportPlan plan = plan(ledgerWithCp11(),
                csv("values.csv", "code,period,value", "CP 1.1,2019-01,5"),
                csv("values.csv", "code,period,value", "CP 1.1,2019-02,6"));

        assertThat(plan.problems()).extracting(ImportProblem::file, ImportProblem::reason)
                .containsExactly(tuple("values.csv", "Two files are named 'values.csv': give each file of an "
                        + "import its own name"));
    }
}
