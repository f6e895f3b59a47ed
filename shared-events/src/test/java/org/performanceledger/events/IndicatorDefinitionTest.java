package org.performanceledger.events;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorDefinitionTest {

    private static final IndicatorDefinition SICKNESS = new IndicatorDefinition("Working days lost", null,
            Polarity.MAXIMISE, Basis.CUMULATIVE_YTD, "days", 2, Frequency.MONTHLY, YearBasis.FINANCIAL,
            "Strategic Services", null, "Policy & Resources Scrutiny", "EXCELLENT", "2016-17", null);

    @Test
    void anAmendmentChangesOnlyTheFieldsItGivesAndStripsTheirSpaces() {
        IndicatorDefinition change = new IndicatorDefinition(null, " ", Polarity.MINIMISE, null, null, null, null,
                null, null, "  Head of HR ", null, null, null, null);

        IndicatorDefinition amended = SICKNESS.amendedBy(change);

        assertThat(amended.polarity()).isEqualTo(Polarity.MINIMISE);
        assertThat(amended.managedBy()).isEqualTo("Head of HR");
        assertThat(amended.description()).isNull();
        assertThat(amended.shortName()).isEqualTo("Working days lost");
        assertThat(amended.unit()).isEqualTo("days");
        assertThat(amended.decimalPlaces()).isEqualTo(2);
    }

    @Test
    void theChangesBetweenTwoDefinitionsAreWordedFieldByField() {
        IndicatorDefinition amended = SICKNESS.amendedBy(new IndicatorDefinition(null, null, Polarity.MINIMISE,
                null, "hours", null, null, null, null, null, null, null, null, null));

        assertThat(SICKNESS.changesTo(amended)).extracting(FieldChange::words).containsExactly(
                "Polarity: Aim to Maximise → Aim to Minimise",
                "Unit: days → hours");
        assertThat(SICKNESS.changesTo(SICKNESS)).isEmpty();
    }

    @Test
    void aFieldWithoutAValueIsWordedAsNone() {
        IndicatorDefinition described = SICKNESS.amendedBy(new IndicatorDefinition(null, "Days lost per FTE", null,
                null, null, null, null, null, null, null, null, null, null, null));

        assertThat(SICKNESS.changesTo(described)).singleElement()
                .satisfies(change -> assertThat(change.words()).isEqualTo("Description: none → Days lost per FTE"));
    }

    @Test
    void defaultsAreMonthlyInFinancialYearsAndGivenFieldsWin() {
        IndicatorDefinition bare = new IndicatorDefinition(" Library visits ", null, Polarity.ACTIVITY, null, null,
                null, null, YearBasis.ACADEMIC, null, null, null, null, null, null);

        IndicatorDefinition defaulted = bare.withDefaults();

        assertThat(defaulted.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(defaulted.yearBasis()).isEqualTo(YearBasis.ACADEMIC);
        assertThat(defaulted.shortName()).isEqualTo("Library visits");
    }

    @Test
    void valuesAndTargetsSayThemselvesAsReportsDo() {
        assertThat(MeasuredValue.of(new BigDecimal("6.180")).words()).isEqualTo("6.180");
        assertThat(new MeasuredValue(ValueState.TBC, null, "awaiting data").words()).isEqualTo("TBC (awaiting data)");
        assertThat(new MeasuredValue(ValueState.NOT_APPLICABLE, null, null).words()).isEqualTo("Not applicable");
        assertThat(new Target(TargetKind.RANGE, null, new BigDecimal("57"), new BigDecimal("67"), null).words())
                .isEqualTo("57-67");
        assertThat(new Tolerance(ToleranceKind.RELATIVE_PERCENT, new BigDecimal("5.0")).words())
                .isEqualTo("5.0% of target");
    }

    @Test
    void targetsAndProfilesAreTheSameWhateverTheScaleOfTheirNumbers() {
        assertThat(Target.same(Target.number(new BigDecimal("97.5")), Target.number(new BigDecimal("97.50"))))
                .isTrue();
        assertThat(Target.same(Target.number(new BigDecimal("97.5")), Target.number(new BigDecimal("97.6"))))
                .isFalse();
        assertThat(Target.same(null, null)).isTrue();
        assertThat(PeriodTarget.same(null, java.util.List.of())).isTrue();
        assertThat(PeriodTarget.same(
                java.util.List.of(new PeriodTarget("2018-04", new BigDecimal("414"), null, null)),
                java.util.List.of(new PeriodTarget("2018-04", new BigDecimal("414.0"), null, null)))).isTrue();
        assertThat(Tolerance.same(new Tolerance(ToleranceKind.ABSOLUTE, BigDecimal.ONE),
                new Tolerance(ToleranceKind.RELATIVE_PERCENT, BigDecimal.ONE))).isFalse();
    }
}
