package org.performanceledger.query.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.StatusScheme;
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
            "RANGE,    70.36, 57..67, 5%,   RED",
            // a Goldilocks indicator whose year has a single-number target (CP 1.2 in 2017-18: 66): by distance
            "RANGE,    66,    66,     -,    GREEN",
            "RANGE,    74.4,  66,     -,    RED",
            "RANGE,    60,    66,     -,    RED",
            "RANGE,    69,    66,     5%,   GREEN",
            "RANGE,    62.7,  66,     5%,   GREEN",
            "RANGE,    72.6,  66,     5%,   AMBER",
            "RANGE,    59.4,  66,     5%,   AMBER",
            "RANGE,    72.7,  66,     5%,   RED",
            "RANGE,    80,    66,     5%,   RED",
            "RANGE,    52,    66,     5%,   RED"
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
            "RANGE,    70,   74.4, 66,     BETTER",
            "RANGE,    64,   70,   66,     BETTER",
            "RANGE,    60,   64,   66,     WORSE",
            "ACTIVITY, 5,    4,    -,      NOT_APPLICABLE"
    })
    void directionOfTravelReadsThroughPolarity(Polarity polarity, BigDecimal now, BigDecimal earlier, String target,
                                               DirectionOfTravel expected) {
        assertThat(StatusRules.direction(polarity, MeasuredValue.of(now), MeasuredValue.of(earlier), target(target)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2} against {3}, tolerance {4}, {5}, floor {6}: {7}")
    @CsvSource(nullValues = "-", value = {
            // scheme, polarity, value, target, tolerance, direction of travel, floor standard, status
            "THREE_STATE,          MAXIMISE, 90,   90, 5,  WORSE,  -,  GREEN",
            "THREE_STATE,          MAXIMISE, 86,   90, 5,  WORSE,  -,  AMBER",
            "THREE_STATE,          MAXIMISE, 80,   90, 5,  BETTER, -,  RED",
            "FIVE_STATE,           MAXIMISE, 90,   90, 5,  WORSE,  -,  GREEN",
            "FIVE_STATE,           MAXIMISE, 86,   90, 5,  WORSE,  -,  YELLOW",
            "FIVE_STATE,           MAXIMISE, 86,   90, 5,  BETTER, -,  YELLOW",
            "FIVE_STATE,           MAXIMISE, 80,   90, 5,  BETTER, -,  AMBER",
            "FIVE_STATE,           MAXIMISE, 80,   90, 5,  SAME,   -,  RED",
            "FIVE_STATE,           MAXIMISE, 80,   90, 5,  WORSE,  -,  RED",
            "FIVE_STATE,           MAXIMISE, 80,   90, 5,  NO_COMPARISON, -, RED",
            "FIVE_STATE,           MINIMISE, 16.0, 12, 3,  WORSE,  -,  RED",
            "FIVE_STATE,           MINIMISE, 14.0, 12, 3,  WORSE,  -,  YELLOW",
            // the floor standard: red whatever the target and tolerance say
            "THREE_STATE,          MAXIMISE, 24,   20, 5,  WORSE,  25, RED",
            "THREE_STATE,          MAXIMISE, 25,   20, 5,  WORSE,  25, GREEN",
            "THREE_STATE,          MINIMISE, 6.52, 7,  -,  WORSE,  6.5, RED",
            "THREE_STATE,          MINIMISE, 6.5,  7,  -,  WORSE,  6.5, GREEN",
            "FIVE_STATE,           MAXIMISE, 24,   30, 10, BETTER, 25, RED",
            "THREE_STATE,          MAXIMISE, 24,   -,  -,  WORSE,  25, RED",
            "THREE_STATE_WITH_TBC, MAXIMISE, 86,   90, 5,  WORSE,  -,  AMBER"
    })
    void theOrganisationsSchemeAndTheFloorStandardDecideTheStatusShown(StatusScheme scheme, Polarity polarity,
                                                                        BigDecimal value, String target,
                                                                        String tolerance, DirectionOfTravel trend,
                                                                        BigDecimal floor, Status expected) {
        assertThat(StatusRules.rated(scheme, polarity, MeasuredValue.of(value), target(target), tolerance(tolerance),
                List.of(), "2020-04", floor, trend)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"THREE_STATE, NO_STATUS", "THREE_STATE_WITH_TBC, TBC", "FIVE_STATE, TBC"})
    void aValueOrTargetToBeConfirmedIsTbcInASchemeWithThatState(StatusScheme scheme, Status expected) {
        Target tbc = new Target(TargetKind.TBC, null, null, null, null);
        assertThat(StatusRules.rated(scheme, Polarity.MAXIMISE, new MeasuredValue(ValueState.TBC, null, "awaited"),
                target("90"), null, List.of(), "2020-04", null, DirectionOfTravel.NO_COMPARISON)).isEqualTo(expected);
        assertThat(StatusRules.rated(scheme, Polarity.MAXIMISE, MeasuredValue.of(BigDecimal.TEN), tbc, null,
                List.of(), "2020-04", null, DirectionOfTravel.NO_COMPARISON)).isEqualTo(expected);
        assertThat(StatusRules.rated(scheme, Polarity.MAXIMISE, new MeasuredValue(ValueState.NOT_APPLICABLE, null,
                "n/a"), target("90"), null, List.of(), "2020-04", null, DirectionOfTravel.NO_COMPARISON))
                .as("not applicable is not TBC").isEqualTo(Status.NO_STATUS);
    }

    @org.junit.jupiter.api.Test
    void anActivityIndicatorKeepsItsPlaceAgainstTheRangeInEveryScheme() {
        List<PeriodTarget> profile = List.of(new PeriodTarget("2013-Q3", null, new BigDecimal("1000"),
                new BigDecimal("2000")));
        assertThat(StatusRules.rated(StatusScheme.FIVE_STATE, Polarity.ACTIVITY, MeasuredValue.of(
                new BigDecimal("2500")), null, null, profile, "2013-Q3", null, DirectionOfTravel.NOT_APPLICABLE))
                .isEqualTo(Status.ABOVE_RANGE);
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
