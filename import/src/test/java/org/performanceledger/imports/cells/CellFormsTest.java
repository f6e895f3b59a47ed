package org.performanceledger.imports.cells;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.performanceledger.events.Basis;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueState;
import org.performanceledger.events.YearBasis;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value forms docs/import.md promises, and what each becomes. */
class CellFormsTest {

    // ---------------------------------------------------------------- numbers and values

    @ParameterizedTest(name = "number ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "86.60%     | 86.60",
            "4,544      | 4544",
            "£140k      | 140000",
            "£1.5m      | 1500000",
            "(1,852)    | -1852",
            "26 points  | 26",
            "0.47       | 0.47",
            "1,234,567.5| 1234567.5",
            "-3         | -3",
    })
    void readsTheNumberFormsReportsPrint(String text, BigDecimal expected) throws CellException {
        assertThat(Numbers.number(text)).isEqualByComparingTo(expected);
    }

    @Test
    void thousandsScaleGivesAPlainWholeNumber() throws CellException {
        assertThat(Numbers.number("£140k").toPlainString()).isEqualTo("140000");
    }

    @Test
    void aPercentageKeepsItsPrintedDecimals() throws CellException {
        assertThat(Numbers.number("86.60%").toPlainString()).isEqualTo("86.60");
    }

    @ParameterizedTest(name = "value ''{0}'' is the number {1}")
    @CsvSource(delimiter = '|', value = {
            "86.60%  | 86.60",
            "4,544   | 4544",
            "£140k   | 140000",
            "0.47    | 0.47",
            "(1,852) | -1852",
    })
    void aNumericValueIsANumberWithoutReason(String text, BigDecimal expected) throws CellException {
        MeasuredValue value = ValuesAndTargets.value(text, "unused reason");
        assertThat(value.state()).isEqualTo(ValueState.NUMBER);
        assertThat(value.number()).isEqualByComparingTo(expected);
        assertThat(value.reason()).isNull();
    }

    @ParameterizedTest(name = "value ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "TBC               | TBC",
            "tbc               | TBC",
            "N/A               | NOT_APPLICABLE",
            "n/a               | NOT_APPLICABLE",
            "Not yet available | NOT_YET_AVAILABLE",
    })
    void aValueWithoutANumberKeepsTheReasonGiven(String text, ValueState state) throws CellException {
        assertThat(ValuesAndTargets.value(text, "Figures late from finance"))
                .isEqualTo(new MeasuredValue(state, null, "Figures late from finance"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12 34", "", "£", "86..6%"})
    void refusesWhatIsNotANumberAndSaysWhatIs(String text) {
        assertThatThrownBy(() -> Numbers.number(text))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("'" + text + "' is not a number")
                .hasMessageContaining("4,544")
                .hasMessageContaining("86.60%");
    }

    @Test
    void refusesAValueThatIsNoneOfTheFormsAndNamesThemAll() {
        assertThatThrownBy(() -> ValuesAndTargets.value("about ninety", "r"))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("'about ninety' is not a value")
                .hasMessageContaining("TBC")
                .hasMessageContaining("N/A")
                .hasMessageContaining("Not yet available");
    }

    // ---------------------------------------------------------------- targets and tolerances

    @ParameterizedTest(name = "target ''{0}'' is the range {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "57-67        | 57   | 67",
            "57 - 67      | 57   | 67",
            "50.4 - 55.7  | 50.4 | 55.7",
            "50.4 – 55.7  | 50.4 | 55.7",
            "57 to 67     | 57   | 67",
    })
    void aRangeTargetHasItsBoundsLowerFirst(String text, BigDecimal lower, BigDecimal upper) throws CellException {
        Target target = ValuesAndTargets.target(text);
        assertThat(target.kind()).isEqualTo(TargetKind.RANGE);
        assertThat(target.lower()).isEqualByComparingTo(lower);
        assertThat(target.upper()).isEqualByComparingTo(upper);
        assertThat(target.number()).isNull();
        assertThat(target.text()).isNull();
    }

    @ParameterizedTest(name = "target ''{0}'' is the number {1}")
    @CsvSource(delimiter = '|', value = {
            "95%         | 95",
            "4,580       | 4580",
            "£140k       | 140000",
            "26 points   | 26",
    })
    void aNumericTargetIsANumber(String text, BigDecimal expected) throws CellException {
        Target target = ValuesAndTargets.target(text);
        assertThat(target.kind()).isEqualTo(TargetKind.NUMBER);
        assertThat(target.number()).isEqualByComparingTo(expected);
        assertThat(target.lower()).isNull();
        assertThat(target.upper()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TBC", "tbc", "To be confirmed"})
    void aTargetToBeConfirmedIsTbc(String text) throws CellException {
        assertThat(ValuesAndTargets.target(text)).isEqualTo(new Target(TargetKind.TBC, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes", "Good – aspire to outstanding"})
    void wordsAreATextTarget(String text) throws CellException {
        assertThat(ValuesAndTargets.target(" " + text + " ")).isEqualTo(new Target(TargetKind.TEXT, null, null, null, text));
    }

    @Test
    void refusesATargetThatIsNeitherNumberRangeNorWords() {
        assertThatThrownBy(() -> ValuesAndTargets.target("-"))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("'-' is not a target")
                .hasMessageContaining("a range (57-67)")
                .hasMessageContaining("TBC");
    }

    @ParameterizedTest(name = "tolerance ''{0}'' is {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "5%         | RELATIVE_PERCENT | 5",
            "5.0%       | RELATIVE_PERCENT | 5.0",
            "5 points   | ABSOLUTE         | 5",
            "5 cases    | ABSOLUTE         | 5",
            "5          | ABSOLUTE         | 5",
            "0.5        | ABSOLUTE         | 0.5",
            "2 days     | ABSOLUTE         | 2",
    })
    void aToleranceIsRelativeWhenAPercentageElseInTheUnit(String text, ToleranceKind kind, BigDecimal amount)
            throws CellException {
        Tolerance tolerance = Numbers.tolerance(text);
        assertThat(tolerance.kind()).isEqualTo(kind);
        assertThat(tolerance.amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"five", "£5k", "5-10"})
    void refusesAToleranceItCannotRead(String text) {
        assertThatThrownBy(() -> Numbers.tolerance(text))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("is not a tolerance")
                .hasMessageContaining("5%")
                .hasMessageContaining("5 points");
    }

    // ---------------------------------------------------------------- periods and years

    @ParameterizedTest(name = "{1} period ''{0}'' is {2}")
    @CsvSource(delimiter = '|', value = {
            "2019-01         | MONTHLY   | 2019-01",
            "January 2019    | MONTHLY   | 2019-01",
            "january 2019    | MONTHLY   | 2019-01",
            "Jan 2019        | MONTHLY   | 2019-01",
            "Jan-19          | MONTHLY   | 2019-01",
            "Apr-20          | MONTHLY   | 2020-04",
            "Sept 2018       | MONTHLY   | 2018-09",
            "Mar-19          | MONTHLY   | 2019-03",
            "2011-12         | MONTHLY   | 2011-12",
            "2013-Q2         | QUARTERLY | 2013-Q2",
            "2013-q2         | QUARTERLY | 2013-Q2",
            "Q1 2013/14      | QUARTERLY | 2013-Q2",
            "Q1 2013-14      | QUARTERLY | 2013-Q2",
            "Q3 2013-14      | QUARTERLY | 2013-Q4",
            "Q4 2013-14      | QUARTERLY | 2014-Q1",
            "2012-13-T1      | TERMLY    | 2012-13-T1",
            "Aut 12          | TERMLY    | 2012-13-T1",
            "Autumn 2012     | TERMLY    | 2012-13-T1",
            "Spr 13          | TERMLY    | 2012-13-T2",
            "Spring 2013     | TERMLY    | 2012-13-T2",
            "Sum 13          | TERMLY    | 2012-13-T3",
            "2018/19         | MONTHLY   | 2018-19",
            "2018-19         | ANNUAL    | 2018-19",
            "2018/19         | ANNUAL    | 2018-19",
            "2018/2019       | ANNUAL    | 2018-19",
    })
    void readsThePeriodFormsReportsPrint(String text, Frequency frequency, String expected) throws CellException {
        assertThat(PeriodNames.period(text, frequency)).isEqualTo(expected);
    }

    @Test
    void forAnAnnualIndicator2011To12IsTheYearNotDecember2011() throws CellException {
        String annual = PeriodNames.period("2011-12", Frequency.ANNUAL);
        assertThat(annual).isEqualTo("2011-12");
        assertThat(Periods.yearOf(annual, Frequency.ANNUAL, YearBasis.FINANCIAL)).contains("2011-12");
        assertThat(Periods.isYear(annual)).isTrue();
        // Read as a year, a month-shaped text that is no year is refused rather than taken as a month.
        assertThat(PeriodNames.period("2019-01", Frequency.MONTHLY)).isEqualTo("2019-01");
        assertThatThrownBy(() -> PeriodNames.period("2019-01", Frequency.ANNUAL)).isInstanceOf(CellException.class)
                .hasMessageContaining("the period of an annual indicator is its year");
    }

    @Test
    void anAnnualIndicatorsPeriodMustBeAYear() {
        assertThatThrownBy(() -> PeriodNames.period("January 2019", Frequency.ANNUAL))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("'January 2019' is not a year such as 2018-19")
                .hasMessageContaining("annual");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foo 2019", "2019", "13/2019", "sometime", "Q5 2013/14"})
    void refusesAPeriodAndNamesTheFormsItTakes(String text) {
        assertThatThrownBy(() -> PeriodNames.period(text, Frequency.MONTHLY))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("'" + text + "' is not a period such as 2019-01, January 2019, Jan-19")
                .hasMessageContaining("Q1 2013/14")
                .hasMessageContaining("Aut 12");
    }

    @ParameterizedTest(name = "year ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "2018-19   | 2018-19",
            "2018/19   | 2018-19",
            "2018/2019 | 2018-19",
            " 2018 / 19| 2018-19",
            "1999-00   | 1999-00",
    })
    void readsAYear(String text, String expected) throws CellException {
        assertThat(PeriodNames.year(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-20", "2018", "18-19", "2018/2020"})
    void refusesAYearThatIsNotTwoConsecutiveYears(String text) {
        assertThatThrownBy(() -> PeriodNames.year(text))
                .isInstanceOf(CellException.class)
                .hasMessage("'" + text + "' is not a year such as 2018-19 or 2018/19");
    }

    @ParameterizedTest(name = "year introduced ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "200809  | 2008-09",
            "2014    | 2014",
            "2018-19 | 2018-19",
            "2018/19 | 2018-19",
            "199900  | 1999-00",
    })
    void readsTheYearIntroduced(String text, String expected) throws CellException {
        assertThat(PeriodNames.yearIntroduced(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"200810", "14", "since 2014"})
    void refusesAYearIntroducedItCannotRead(String text) {
        assertThatThrownBy(() -> PeriodNames.yearIntroduced(text))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("200809")
                .hasMessageContaining("2014");
    }

    // ---------------------------------------------------------------- dates

    @ParameterizedTest
    @ValueSource(strings = {"22 February 2019", "22 february 2019", "22nd February 2019", "2019-02-22",
            "22/02/2019", "22/2/2019", "22 Feb 2019"})
    void readsTheDateAFileClaims(String text) throws CellException {
        assertThat(Dates.date(text)).isEqualTo(LocalDate.of(2019, 2, 22));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29 February 2019", "2019-02-29", "29/02/2019", "31/04/2019", "February 2019",
            "02/22/2019"})
    void refusesADateThatIsNotOnTheCalendar(String text) {
        assertThatThrownBy(() -> Dates.date(text))
                .isInstanceOf(CellException.class)
                .hasMessage("'" + text + "' is not a date such as 2019-02-22, 22 February 2019 or 22/02/2019");
    }

    @Test
    void readsTheTwentyNinthOfFebruaryInALeapYear() throws CellException {
        assertThat(Dates.date("29 February 2020")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    // ---------------------------------------------------------------- polarities and outcomes

    @ParameterizedTest(name = "polarity ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Aim to Maximise    | MAXIMISE",
            "Maximise           | MAXIMISE",
            "Higher is better   | MAXIMISE",
            "↑ Higher is better | MAXIMISE",
            "Aim to Minimise    | MINIMISE",
            "Lower is better    | MINIMISE",
            "↓ Lower is better  | MINIMISE",
            "Goldilocks         | RANGE",
            "Range              | RANGE",
            "Activity           | ACTIVITY",
            "AIM TO MAXIMISE    | MAXIMISE",
    })
    void readsThePolarity(String text, Polarity expected) throws CellException {
        assertThat(Choices.polarity(text)).isEqualTo(expected);
    }

    @Test
    void refusesAPolarityAndNamesTheOnesItTakes() {
        assertThatThrownBy(() -> Choices.polarity("Sideways"))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("'Sideways' is not a polarity")
                .hasMessageContaining("Aim to Maximise")
                .hasMessageContaining("Goldilocks")
                .hasMessageContaining("Activity");
    }

    @ParameterizedTest(name = "expected outcome ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "On course to achieve target  | ON_COURSE",
            "On course                    | ON_COURSE",
            "✔                            | ON_COURSE",
            "Some slippage against target | SOME_SLIPPAGE",
            "⚠                            | SOME_SLIPPAGE",
            "At risk of missing target    | AT_RISK",
            "●                            | AT_RISK",
            "No Value                     | NO_VALUE",
            "-                            | NO_VALUE",
            "at risk of missing target    | AT_RISK",
    })
    void readsTheExpectedOutcomeInWordsOrSymbols(String text, ExpectedOutcome expected) throws CellException {
        assertThat(Choices.expectedOutcome(text)).isEqualTo(expected);
    }

    @Test
    void refusesAnExpectedOutcomeAndNamesTheOnesItTakes() {
        assertThatThrownBy(() -> Choices.expectedOutcome("Probably fine"))
                .isInstanceOf(CellException.class)
                .hasMessageContaining("'Probably fine' is not an expected outcome")
                .hasMessageContaining("On course to achieve target")
                .hasMessageContaining("No Value");
    }

    // ---------------------------------------------------------------- the rest of an indicator's definition

    @Test
    void readsBasisFrequencyAndYearBasis() throws CellException {
        assertThat(Choices.basis("Cumulative YTD")).isEqualTo(Basis.CUMULATIVE_YTD);
        assertThat(Choices.basis("monthly snapshot")).isEqualTo(Basis.MONTHLY_SNAPSHOT);
        assertThat(Choices.basisInName("% of Council Tax collected in year [Cumulative YTD]"))
                .contains(Basis.CUMULATIVE_YTD);
        assertThat(Choices.basisInName("Number of visits [per 1,000]")).isEmpty();
        assertThat(Choices.frequency("Quarterly")).isEqualTo(Frequency.QUARTERLY);
        assertThat(Choices.frequency("Annual")).isEqualTo(Frequency.ANNUAL);
        assertThat(Choices.yearBasis("Academic")).isEqualTo(YearBasis.ACADEMIC);
        assertThatThrownBy(() -> Choices.frequency("Fortnightly")).isInstanceOf(CellException.class)
                .hasMessageContaining("Monthly, Quarterly, Termly or Annual");
        assertThatThrownBy(() -> Numbers.integer("two")).isInstanceOf(CellException.class)
                .hasMessage("'two' is not a whole number");
    }
}
