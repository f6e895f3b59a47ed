package org.performanceledger.query.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers, targets, periods and moments in the words the source report prints them in. */
class ReportTextTest {

    @ParameterizedTest(name = "{0} in ''{1}'' with {2} places: {3}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "86.60     | %      | -  | 86.60%",
            "4969171   | -      | -  | 4,969,171",
            "140       | £k     | -  | £140k",
            "1234.5    | £      | 0  | £1,235",
            "26.0      | points | -  | 26.0 points",
            "6.18      | number | -  | 6.18",
            "33.494    | -      | 2  | 33.49",
            "-2.5      | £m     | 1  | -£2.5m"
    })
    void aNumberIsWrittenInItsUnitAndDecimalPlaces(BigDecimal number, String unit, Integer places, String text) {
        assertThat(ReportText.number(number, unit, places)).isEqualTo(text);
    }

    @Test
    void valuesThatAreNotNumbersAndTargetsOfEveryKindReadAsTheSourcePrintsThem() {
        assertThat(ReportText.value(new MeasuredValue(ValueState.TBC, null, "awaited"), "%", null)).isEqualTo("TBC");
        assertThat(ReportText.value(new MeasuredValue(ValueState.NOT_APPLICABLE, null, "n/a"), "%", null))
                .isEqualTo("N/A");
        assertThat(ReportText.value(null, "%", null)).isEqualTo("No value recorded");
        Target range = new Target(TargetKind.RANGE, null, new BigDecimal("57"), new BigDecimal("67"), null);
        assertThat(ReportText.target(range, null, null, "-")).isEqualTo("57-67");
        assertThat(ReportText.target(range, null, null, " - ")).isEqualTo("57 - 67");
        assertThat(ReportText.target(null, "%", null, "-")).isEqualTo("No target");
        assertThat(ReportText.target(new Target(TargetKind.TBC, null, null, null, null), "%", null, "-"))
                .isEqualTo("TBC");
    }

    @Test
    void momentsAreInUkTime() {
        assertThat(ReportText.moment(Instant.parse("2019-02-22T10:31:00Z"))).isEqualTo("22 February 2019 10:31");
        assertThat(ReportText.moment(Instant.parse("2019-07-01T09:00:00Z"))).isEqualTo("1 July 2019 10:00");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "2019-01,    MONTH,   January 2019",
            "2019-Q3,    QUARTER, July to September 2019",
            "2018-19-T1, TERM,    Autumn term 2018/19",
            "2018-19-T3, TERM,    Summer term 2018/19",
            "2018-19,    YEAR,    2018/19",
            "2011-12,    MONTH,   December 2011"
    })
    void aReportPeriodIsNamedInTheFormsOfValuesAndReadInWords(String code, ReportPeriod.Kind kind, String words) {
        ReportPeriod period = ReportPeriod.parse(code).orElseThrow();
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.words()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"January 2019", "2019-13", "2019-Q5", "2018-20", "2018-19-T4", "''"})
    void aMalformedPeriodIsNoReportPeriod(String text) {
        assertThat(ReportPeriod.parse(text)).isEmpty();
    }
}
