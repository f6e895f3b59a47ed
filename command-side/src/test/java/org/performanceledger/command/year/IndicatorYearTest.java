package org.performanceledger.command.year;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.StubDirectory;
import org.performanceledger.events.Basis;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueState;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.events.YearBasis;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.performanceledger.command.RejectionMatchers.rejectedWith;

class IndicatorYearTest {

    private static final String ORG = "southend";
    private static final String YEAR = "2018-19";

    /** CP 5.4 Working days lost per FTE due to sickness: cumulative, minimise, from seed 004. */
    private static final IndicatorDefinition SICKNESS = new IndicatorDefinition(
            "Working days lost per FTE due to sickness - excluding school staff", null, Polarity.MINIMISE,
            Basis.CUMULATIVE_YTD, "days", 2, Frequency.MONTHLY, YearBasis.FINANCIAL, "Strategic Services",
            "Head of HR", "Policy & Resources Scrutiny", "EXCELLENT", "2016-17", null);

    /** CP 3.10: a percentage. */
    private static final IndicatorDefinition CONFERENCES = new IndicatorDefinition(
            "Percentage of Initial Child Protection Conferences within 15 working days", null, Polarity.MAXIMISE,
            Basis.CUMULATIVE_YTD, "%", 1, Frequency.MONTHLY, YearBasis.FINANCIAL, "Department for People",
            null, "People Scrutiny", "SAFE", null, null);

    private final StubDirectory directory = new StubDirectory()
            .withOrganisation(ORG, 10)
            .withIndicator(ORG, "CP 5.4", SICKNESS, true)
            .withIndicator(ORG, "CP 3.10", CONFERENCES, true)
            .withIndicator(ORG, "OLD 1", SICKNESS, false);
    private AggregateTestFixture<IndicatorYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IndicatorYear.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2019-02-08T09:00:00Z"),
                ZoneId.of("Europe/London")));
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerAnnotatedCommandHandler(new IndicatorYearCommandHandler(fixture.getRepository()));
    }

    private static MeasuredValue number(String value) {
        return MeasuredValue.of(new BigDecimal(value));
    }

    private static Target numberTarget(String value) {
        return new Target(TargetKind.NUMBER, new BigDecimal(value), null, null, null);
    }

    private static ValueRecorded recorded(String period, String value) {
        return new ValueRecorded(ORG, "CP 5.4", YEAR, period, number(value), null, null,
                LocalDate.parse(period + "-01").plusMonths(1).minusDays(1).plusDays(10), false, null);
    }

    // ---- values --------------------------------------------------------------------------------------------------

    @Test
    void canRecordAValueOnTime() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-01", number("6.18"), null, null, null))
                .expectEvents(new ValueRecorded(ORG, "CP 5.4", YEAR, "2019-01", number("6.18"), null, null,
                        LocalDate.of(2019, 2, 10), false, null));
    }

    @Test
    void aValueRecordedAfterItsDueDateIsMarkedLate() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2018-12", number("5.40"), null, null, null))
                .expectEvents(new ValueRecorded(ORG, "CP 5.4", YEAR, "2018-12", number("5.40"), null, null,
                        LocalDate.of(2019, 1, 10), true, null));
    }

    @Test
    void canRecordThatAValueIsToBeConfirmedWithAReason() {
        MeasuredValue tbc = new MeasuredValue(ValueState.TBC, null, "Awaiting payroll data");
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-01", tbc, null, null, null))
                .expectEvents(new ValueRecorded(ORG, "CP 5.4", YEAR, "2019-01", tbc, null, null,
                        LocalDate.of(2019, 2, 10), false, null));
    }

    @Test
    void cannotRecordAValueWithoutANumberOrAReason() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-01",
                        new MeasuredValue(ValueState.NOT_APPLICABLE, null, " "), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.VALUE_INCOMPLETE));
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-01",
                        new MeasuredValue(ValueState.NUMBER, null, null), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.VALUE_INCOMPLETE));
    }

    @Test
    void cannotRecordAPercentageAbove100() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 3.10", "2019-01", number("173.5"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERCENTAGE_OUT_OF_RANGE));
    }

    @Test
    void cannotRecordAValueForARetiredIndicator() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "OLD 1", "2019-01", number("1"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_RETIRED));
    }

    @Test
    void cannotRecordAValueForAnUnknownIndicator() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "NOPE", "2019-01", number("1"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_NOT_FOUND));
    }

    @Test
    void cannotRecordAValueForAPeriodOfTheWrongFrequency() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-Q1", number("1"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERIOD_NOT_IN_YEAR));
    }

    @Test
    void aSourceDateAfterTodayOrBefore1900IsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-01", number("1"), null, null,
                        LocalDate.of(2019, 2, 9)))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.DATE_OUT_OF_RANGE));
    }

    @Test
    void aSourceDateOfTodayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-01", number("1"), null, null,
                        LocalDate.of(2019, 2, 8)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRecordAValueForAPeriodThatHasNotBegun() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-03", number("1"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERIOD_NOT_BEGUN));
    }

    @Test
    void aPeriodInNoFormTheLedgerKnowsIsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-13", number("1"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERIOD_MALFORMED));
    }

    @Test
    void aValueForAnUnknownOrganisationIsRefusedAsSuch() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue("nowhere", "CP 5.4", "2019-01", number("1"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.ORGANISATION_NOT_FOUND));
    }

    @Test
    void cannotRecordASecondValueForTheSamePeriod() {
        fixture.given(recorded("2019-01", "6.18"))
                .when(new RecordValue(ORG, "CP 5.4", "2019-01", number("6.20"), null, null, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.VALUE_ALREADY_RECORDED));
    }

    @Test
    void cannotRecordAValueWithAZeroDenominator() {
        fixture.givenNoPriorActivity()
                .when(new RecordValue(ORG, "CP 5.4", "2019-01", number("6.18"), BigDecimal.ONE,
                        BigDecimal.ZERO, null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.VALUE_INCOMPLETE));
    }

    @Test
    void canCorrectAValueKeepingTheValueItReplacesAndTheReason() {
        fixture.given(recorded("2018-09", "39910"))
                .when(new CorrectValue(ORG, "CP 5.4", "2018-09", number("26450"), null, null,
                        "Duplicate accounts removed", null))
                .expectEvents(new ValueCorrected(ORG, "CP 5.4", YEAR, "2018-09", number("26450"), null, null,
                        number("39910"), "Duplicate accounts removed", null));
    }

    @Test
    void cannotCorrectWithoutAReason() {
        fixture.given(recorded("2018-09", "39910"))
                .when(new CorrectValue(ORG, "CP 5.4", "2018-09", number("26450"), null, null, "", null))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void cannotCorrectToTheSameValue() {
        fixture.given(recorded("2018-09", "6.10"))
                .when(new CorrectValue(ORG, "CP 5.4", "2018-09", number("6.1"), null, null, "Retyped", null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.CORRECTION_IDENTICAL));
    }

    @Test
    void cannotCorrectAPeriodWithoutAValue() {
        fixture.givenNoPriorActivity()
                .when(new CorrectValue(ORG, "CP 5.4", "2018-09", number("1"), null, null, "Why not", null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.NO_VALUE_RECORDED));
    }

    @Test
    void canWithdrawAValueWithAReasonAndThenRecordItAgain() {
        fixture.given(recorded("2019-01", "6.18"))
                .when(new WithdrawValue(ORG, "CP 5.4", "2019-01", "Entered against the wrong indicator"))
                .expectEvents(new ValueWithdrawn(ORG, "CP 5.4", YEAR, "2019-01", number("6.18"),
                        "Entered against the wrong indicator"));
        fixture.given(recorded("2019-01", "6.18"), new ValueWithdrawn(ORG, "CP 5.4", YEAR, "2019-01",
                        number("6.18"), "Wrong indicator"))
                .when(new RecordValue(ORG, "CP 5.4", "2019-01", number("6.20"), null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotWithdrawAPeriodWithoutAValue() {
        fixture.givenNoPriorActivity()
                .when(new WithdrawValue(ORG, "CP 5.4", "2019-01", "Nothing there"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.NO_VALUE_RECORDED));
    }

    // ---- targets -------------------------------------------------------------------------------------------------

    @Test
    void canSetATargetWithToleranceAndACumulativeProfileEndingAtTheAnnualTarget() {
        List<PeriodTarget> profile = List.of(new PeriodTarget("2018-04", new BigDecimal("0.60"), null, null),
                new PeriodTarget("2019-03", new BigDecimal("7.20"), null, null));
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.20"), numberTarget("6.80"),
                        new Tolerance(ToleranceKind.RELATIVE_PERCENT, new BigDecimal("5")), profile,
                        "Corporate plan 2018-19", "Cabinet, 19 January 2017", "2018-04"))
                .expectEvents(new TargetSet(ORG, "CP 5.4", YEAR, numberTarget("7.20"), numberTarget("6.80"),
                        new Tolerance(ToleranceKind.RELATIVE_PERCENT, new BigDecimal("5")), profile,
                        "Corporate plan 2018-19", "Cabinet, 19 January 2017", "2018-04", null));
    }

    @Test
    void aChangedTargetKeepsTheTargetItReplaces() {
        TargetSet first = new TargetSet(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null, List.of(),
                "Plan", "Cabinet", "2018-04", null);
        fixture.given(first)
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.00"), null, null, null,
                        "Stretched after Q2", "Chief Executive", "2018-10"))
                .expectEvents(new TargetSet(ORG, "CP 5.4", YEAR, numberTarget("7.00"), null, null, List.of(),
                        "Stretched after Q2", "Chief Executive", "2018-10", numberTarget("7.20")));
    }

    @Test
    void canSetARangeATextOrAToBeConfirmedTarget() {
        for (Target target : List.of(new Target(TargetKind.RANGE, null, new BigDecimal("57"),
                        new BigDecimal("67"), null),
                new Target(TargetKind.TEXT, null, null, null, "Good - aspire to outstanding"),
                new Target(TargetKind.TBC, null, null, null, null))) {
            fixture.givenNoPriorActivity()
                    .when(new SetTarget(ORG, "CP 5.4", YEAR, target, null, null, null, "Plan", "Cabinet", "2018-04"))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void cannotSetARangeWhoseLowerBoundExceedsItsUpper() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, new Target(TargetKind.RANGE, null, new BigDecimal("67"),
                        new BigDecimal("57"), null), null, null, null, "Plan", "Cabinet", "2018-04"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.RANGE_REVERSED));
    }

    @Test
    void cannotSetACumulativeProfileThatDoesNotEndAtTheAnnualTarget() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null,
                        List.of(new PeriodTarget("2019-03", new BigDecimal("7.00"), null, null)), "Plan", "Cabinet",
                        "2018-04"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PROFILE_DOES_NOT_END_AT_TARGET));
    }

    @Test
    void aCumulativeProfileKnownOnlyToJanuaryNeedNotEndAtTheAnnualTarget() {
        List<PeriodTarget> soFar = List.of(new PeriodTarget("2018-04", new BigDecimal("0.51"), null, null),
                new PeriodTarget("2019-01", new BigDecimal("5.82"), null, null));
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null, soFar, "Plan", "Cabinet",
                        "2018-04"))
                .expectEvents(new TargetSet(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null, soFar, "Plan",
                        "Cabinet", "2018-04", null));
    }

    @Test
    void targetsCanBeSetAtMostFiveYearsAhead() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", "2025-26", numberTarget("7.20"), null, null, null, "Plan",
                        "Cabinet", "2025-04"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERIOD_OUT_OF_RANGE));
    }

    @Test
    void aTargetFiveYearsAheadIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", "2024-25", numberTarget("7.20"), null, null, null, "Plan",
                        "Cabinet", "2024-04"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aProfileMayMarkAPeriodWithoutTarget() {
        List<PeriodTarget> marked = List.of(new PeriodTarget("2018-09", null, null, null));
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null, marked, "Plan", "Cabinet",
                        "2018-04"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aProfileEntryCannotHaveHalfARange() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null,
                        List.of(new PeriodTarget("2018-09", null, new BigDecimal("1"), null)), "Plan", "Cabinet",
                        "2018-04"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.TARGET_INCOMPLETE));
    }

    @Test
    void cannotSetATargetWithoutReasonOrAuthority() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null, null, " ", null,
                        "2018-04"))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void cannotSetATargetForAYearBeforeTheIndicatorWasIntroduced() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", "2015-16", numberTarget("7.20"), null, null, null, "Plan",
                        "Cabinet", "2015-04"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.YEAR_NOT_COVERED));
    }

    @Test
    void cannotSetAPercentageTargetAbove100() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 3.10", YEAR, numberTarget("190"), null, null, null, "Plan", "Cabinet",
                        "2018-04"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERCENTAGE_OUT_OF_RANGE));
    }

    @Test
    void cannotSetATargetTakingEffectOutsideTheYear() {
        fixture.givenNoPriorActivity()
                .when(new SetTarget(ORG, "CP 5.4", YEAR, numberTarget("7.20"), null, null, null, "Plan", "Cabinet",
                        "2019-04"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERIOD_NOT_IN_YEAR));
    }

    // ---- outturns, commentary, expected outcomes -----------------------------------------------------------------

    @Test
    void canRecordAnEstimatedThenAFinalOutturnKeepingTheOneReplaced() {
        OutturnRecorded estimate = new OutturnRecorded(ORG, "CP 5.4", YEAR, OutturnKind.ESTIMATED, number("7.4"),
                null, "Forecast at month 10");
        fixture.given(estimate)
                .when(new RecordOutturn(ORG, "CP 5.4", YEAR, OutturnKind.FINAL, number("7.31"), "Year-end data"))
                .expectEvents(new OutturnRecorded(ORG, "CP 5.4", YEAR, OutturnKind.FINAL, number("7.31"),
                        number("7.4"), "Year-end data"));
    }

    @Test
    void cannotRecordAnOutturnWithoutAReason() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutturn(ORG, "CP 5.4", YEAR, OutturnKind.FINAL, number("7.31"), null))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void everyRedraftOfCommentaryIsItsOwnNumberedEvent() {
        CommentaryDrafted first = new CommentaryDrafted(ORG, "CP 5.4", YEAR, "2019-01", "Above target", null, null,
                1);
        fixture.given(first)
                .when(new DraftCommentary(ORG, "CP 5.4", "2019-01", "Above target by 0.36 days",
                        "Workshops with the new Occupational Health provider", "Expected to improve"))
                .expectEvents(new CommentaryDrafted(ORG, "CP 5.4", YEAR, "2019-01", "Above target by 0.36 days",
                        "Workshops with the new Occupational Health provider", "Expected to improve", 2));
    }

    @Test
    void cannotDraftCommentaryWithoutAnExplanation() {
        fixture.givenNoPriorActivity()
                .when(new DraftCommentary(ORG, "CP 5.4", "2019-01", "", null, null))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void canDeclareAnExpectedOutcomeKeepingTheOneBefore() {
        fixture.given(new ExpectedOutcomeDeclared(ORG, "CP 5.4", YEAR, "2019-01", ExpectedOutcome.ON_COURSE, null))
                .when(new DeclareExpectedOutcome(ORG, "CP 5.4", "2019-01", ExpectedOutcome.AT_RISK))
                .expectEvents(new ExpectedOutcomeDeclared(ORG, "CP 5.4", YEAR, "2019-01", ExpectedOutcome.AT_RISK,
                        ExpectedOutcome.ON_COURSE));
    }

    @Test
    void cannotDeclareAnExpectedOutcomeForARetiredIndicator() {
        fixture.givenNoPriorActivity()
                .when(new DeclareExpectedOutcome(ORG, "OLD 1", "2019-01", ExpectedOutcome.AT_RISK))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_RETIRED));
    }
}
