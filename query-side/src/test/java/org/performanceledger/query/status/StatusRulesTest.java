package org.performanceledger.query.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status and direction rules as a table: each polarity, tolerance kind, and every boundary. */
class StatusRulesTest {

    @ParameterizedTest(name = "{0} value {1} against {2} with tolerance {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            // polarity, value, target (n or lower..upper), tolerance (n abs or n%), status
            "MAXIMISE, 90,    90,     -,    GREEN",
            "MAXIMISE, 95,    90,     -,    GREEN",
            "MAXIMISE, 89.9,  90,     -,    RED",
            "MAXIMISE, 85,    90,     5,    AMBER",
            "MAXIMISE, 84.9,  90,     5,    RED",
            "MAXIMISE, 85.5,  90,     5%,   AMBER",
            "MAXIMISE, 85.4,  90,     5%,   RED",
            "MINIMISE, 1.77,  1.77,   -,    GREEN",
            "MINIMISE, 1.5,   1.77,   -,    GREEN",
            "MINIMISE, 1.95,  1.77,   -,    RED",
            "MINIMISE, 6.18,  5.82,   0.36, AMBER",
            "MINIMISE, 6.19,  5.82,   0.36, RED",
            "MINIMISE, 105,   100,    5%,   AMBER",
            "MINIMISE, 105.1, 100,    5%,   RED",
            "RANGE,    57,    57..67, -,    GREEN",
            "RANGE,    67,    57..67, -,    GREEN",
            "RANGE,    62,    57..67, -,    GREEN",
            "RANGE,    79,    57..67, -,    RED",
            "RANGE,    70,    57..67, 3,    AMBER",
            "RANGE,    71,    57..67, 3,    RED",
            "RANGE,    54,    57..67, 3,    AMBER",
            "RANGE,    53.9,  57..67, 3,    RED",
            "RANGE,    70.35, 57..67, 5%,   AMBER",
            "RANGE,    70.36, 57..67, 5%,   RED"
    })
    void statusFollowsPolarityTargetAndTolerance(Polarity polarity, BigDecimal value, String target,
                                                  String tolerance, Status expected) {
        assertThat(StatusRules.status(polarity, MeasuredValue.of(value), target(target), tolerance(tolerance),
                List.of(), "2019-01")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "activity value {0} against {1}..{2}: {3}")
    @CsvSource({
            "10, 10, 20, WITHIN_RANGE",
            "20, 10, 20, WITHIN_RANGE",
            "21, 10, 20, ABOVE_RANGE",
            "9,  10, 20, BELOW_RANGE"
    })
    void anActivityIndicatorIsPlacedAgainstItsExpectedRangeNotJudged(BigDecimal value, BigDecimal lower,
                                                                    BigDecimal upper, Status expected) {
        List<PeriodTarget> profile = List.of(new PeriodTarget("2019-Q1", null, lower, upper));
        assertThat(StatusRules.status(Polarity.ACTIVITY, MeasuredValue.of(value), null, null, profile, "2019-Q1"))
                .isEqualTo(expected);
        assertThat(StatusRules.status(Polarity.ACTIVITY, MeasuredValue.of(value), null, null, profile, "2019-Q2"))
                .as("no range for the period").isEqualTo(Status.NO_STATUS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TBC", "TEXT"})
    void aTargetToBeConfirmedOrInWordsGivesNoStatus(TargetKind kind) {
        Target target = new Target(kind, null, null, null, "Good - aspire to outstanding");
        assertThat(StatusRules.status(Polarity.MAXIMISE, MeasuredValue.of(BigDecimal.ONE), target, null, List.of(),
                "2019-01")).isEqualTo(Status.NO_STATUS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TBC", "NOT_APPLICABLE", "NOT_YET_AVAILABLE"})
    void noValueOrNoTargetGivesNoStatus(ValueState state) {
        assertThat(StatusRules.status(Polarity.MAXIMISE, new MeasuredValue(state, null, "why"), target("90"), null,
                List.of(), "2019-01")).isEqualTo(Status.NO_STATUS);
        assertThat(StatusRules.status(Polarity.MAXIMISE, MeasuredValue.of(BigDecimal.TEN), null, null, List.of(),
                "2019-01")).isEqualTo(Status.NO_STATUS);
    }

    @ParameterizedTest(name = "cumulative: {0} in {1} against the profile: {2}")
    @CsvSource({
            "5.60, 2019-01, GREEN",
            "6.18, 2019-01, RED",
            "6.18, 2019-03, GREEN"
    })
    void aCumulativeIndicatorIsJudgedAgainstItsProfiledPeriodTarget(BigDecimal value, String period,
                                                                    Status expected) {
        List<PeriodTarget> profile = List.of(new PeriodTarget("2019-01", new BigDecimal("5.82"), null, null),
                new PeriodTarget("2019-03", new BigDecimal("7.20"), null, null));
        assertThat(StatusRules.status(Polarity.MINIMISE, MeasuredValue.of(value), target("7.20"), null, profile,
                period)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} after {2} with target {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "MAXIMISE, 73.5, 70,   90,     BETTER",
            "MAXIMISE, 70,   73.5, 90,     WORSE",
            "MAXIMISE, 70,   70,   90,     SAME",
            "MINIMISE, 1.95, 1.80, 1.77,   WORSE",
            "MINIMISE, 1.70, 1.80, 1.77,   BETTER",
            "RANGE,    75,   79,   57..67, BETTER",
            "RANGE,    60,   65,   57..67, SAME",
            "RANGE,    50,   60,   57..67, WORSE",
            "RANGE,    75,   79,   -,      NO_COMPARISON",
            "ACTIVITY, 5,    4,    -,      NOT_APPLICABLE"
    })
    void directionOfTravelReadsThroughPolarity(Polarity polarity, BigDecimal now, BigDecimal earlier, String target,
                                               DirectionOfTravel expected) {
        assertThat(StatusRules.direction(polarity, MeasuredValue.of(now), MeasuredValue.of(earlier), target(target)))
                .isEqualTo(expected);
    }

    private static Target target(String text) {
        if (text == null) {
            return null;
        }
        if (text.contains("..")) {
            String[] bounds = text.split("\\.\\.");
            return new Target(TargetKind.RANGE, null, new BigDecimal(bounds[0]), new BigDecimal(bounds[1]), null);
        }
        return new Target(TargetKind.NUMBER, new BigDecimal(text), null, null, null);
    }

    private static Tolerance tolerance(String text) {
        if (text == null) {
            return null;
        }
        return text.endsWith("%")
                ? new Tolerance(ToleranceKind.RELATIVE_PERCENT, new BigDecimal(text.substring(0, text.length() - 1)))
                : new Tolerance(ToleranceKind.ABSOLUTE, new BigDecimal(text));
    }

    @org.junit.jupiter.api.Test
    void aPeriodTheProfileMarksWithoutTargetHasNoTargetAndNoStatus() {
        Target annual = new Target(TargetKind.NUMBER, new BigDecimal("46.38"), null, null, null);
        List<PeriodTarget> profile = List.of(new PeriodTarget("2018-09", null, null, null),
                new PeriodTarget("2018-10", new BigDecimal("45"), null, null));

        assertThat(StatusRules.periodTarget(annual, profile, "2018-09")).isNull();
        assertThat(StatusRules.status(Polarity.MAXIMISE, MeasuredValue.of(new BigDecimal("48.50")), annual, null,
                profile, "2018-09")).isEqualTo(Status.NO_STATUS);
        assertThat(StatusRules.periodTarget(annual, profile, "2018-10").number()).isEqualByComparingTo("45");
        assertThat(StatusRules.periodTarget(annual, profile, "2018-11")).isEqualTo(annual);
    }
}
