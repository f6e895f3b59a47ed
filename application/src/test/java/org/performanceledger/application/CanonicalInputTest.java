package org.performanceledger.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalInputTest {

    private static DraftCommentary commentary(String explanation, String actions) {
        return new DraftCommentary("southend", "CP 1.2", "2019-01", explanation, actions, null);
    }

    private static RecordValue value(String number) {
        return new RecordValue("southend", "CP 1.2", "2019-01", MeasuredValue.of(new BigDecimal(number)), null, null,
                null);
    }

    private static InvalidRequest.Violation refusal(Object command) {
        try {
            CanonicalInput.of(command);
        } catch (InvalidRequest invalid) {
            assertThat(invalid.violations()).hasSize(1);
            return invalid.violations().get(0);
        }
        throw new AssertionError("Accepted: " + command);
    }

    @Test
    void textIsNormalisedToNfcWithoutSurroundingSpaces() {
        DraftCommentary canonical = CanonicalInput.of(commentary("  Cafe\u0301 closed\r\nfor works  ", null));

        assertThat(canonical.explanation()).isEqualTo("Caf\u00e9 closed\nfor works");
    }

    @Test
    void anUnpairedSurrogateIsRefusedNamingTheField() {
        InvalidRequest.Violation violation = refusal(commentary("x \ud800 y", null));

        assertThat(violation.field()).isEqualTo("explanation");
        assertThat(violation.rule()).isEqualTo("Text");
        assertThat(violation.message()).contains("unpaired surrogate");
    }

    @Test
    void aPairedSurrogateIsText() {
        assertThat(CanonicalInput.of(commentary("Rates \ud83d\udcc8 up", null)).explanation())
                .isEqualTo("Rates \ud83d\udcc8 up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 here", "bell \u0007", "escape \u001b[31m", "delete \u007f", "c1 \u0085"})
    void controlCharactersAreRefused(String text) {
        InvalidRequest.Violation violation = refusal(commentary("Fine", text));

        assertThat(violation.field()).isEqualTo("actions");
        assertThat(violation.message()).contains("control characters");
    }

    @Test
    void newlinesAndTabsAreKeptInLongTextOnly() {
        assertThat(CanonicalInput.of(commentary("Line one\n\tLine two", null)).explanation())
                .isEqualTo("Line one\n\tLine two");
        InvalidRequest.Violation violation = refusal(new RecordValue("southend", "CP 1.2", "2019-01",
                new MeasuredValue(ValueState.TBC, null, "awaiting\ndata"), null, null, null));
        assertThat(violation.field()).isEqualTo("value.reason");
    }

    @Test
    void bidirectionalOverridesAreRefused() {
        assertThat(refusal(commentary("Invoice \u202egnp.exe", null)).message()).contains("bidirectional");
    }

    @Test
    void textIsBounded() {
        assertThat(refusal(commentary("x".repeat(CanonicalInput.MAX_MULTI_LINE + 1), null)).message())
                .contains("at most " + CanonicalInput.MAX_MULTI_LINE);
    }

    @Test
    void aHugeExponentIsRefusedWithoutExpandingIt() {
        InvalidRequest.Violation violation = refusal(value("1e10000000"));

        assertThat(violation.field()).isEqualTo("value.number");
        assertThat(violation.rule()).isEqualTo("Number");
        assertThat(refusal(value("1e400")).rule()).isEqualTo("Number");
        assertThat(refusal(value("-1e16")).rule()).isEqualTo("Number");
    }

    @Test
    void numbersHaveAtMostFifteenSignificantDigitsAndSixDecimals() {
        assertThat(refusal(value("1234567890123456")).message()).contains("10^15");
        assertThat(refusal(value("12345678.12345678")).message()).contains("decimal places");
        assertThat(refusal(value("123456789.1234567")).message()).contains("decimal places");
        assertThat(refusal(value("1234567890.123456")).message()).contains("significant digits");
        assertThat(CanonicalInput.of(value("123456789.123456")).value().number())
                .isEqualByComparingTo("123456789.123456");
        assertThat(CanonicalInput.of(value("999999999999999")).value().number())
                .isEqualByComparingTo("999999999999999");
    }

    @Test
    void numbersKeepTheirScaleAndLoseTheirExponent() {
        assertThat(CanonicalInput.of(value("7.20")).value().number().toString()).isEqualTo("7.20");
        assertThat(CanonicalInput.of(value("1E+3")).value().number().toString()).isEqualTo("1000");
        assertThat(CanonicalInput.of(value("1.50000000")).value().number().toString()).isEqualTo("1.5");
    }

    @Test
    void aNumberDeepInAListIsNamedByItsPath() {
        SetTarget target = new SetTarget("southend", "CP 1.2", "2018-19", Target.number(BigDecimal.TEN), null, null,
                List.of(new PeriodTarget("2018-04", BigDecimal.ONE, null, null),
                        new PeriodTarget("2018-05", new BigDecimal("1e20"), null, null)),
                "Plan", "Cabinet", "2018-04");

        assertThat(refusal(target).field()).isEqualTo("profile[1].target");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> CanonicalInput.of(commentary("a\u0000", "b\ud800")))
                .isInstanceOfSatisfying(InvalidRequest.class, invalid -> assertThat(invalid.violations())
                        .extracting(InvalidRequest.Violation::field).containsExactly("explanation", "actions"));
    }
}
