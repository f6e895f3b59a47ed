package org.performanceledger.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {

    @Test
    void aMonthIsReadAsTheMonthPatternReadsIt() {
        Pattern month = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
        List<String> years = List.of("0000", "0001", "1999", "2019", "9999", "201a", "２０１９", "٢٠١٩", " 201", "2019 ");
        List<String> months = new ArrayList<>(List.of("1a", " 1", "+1", "-1", "٠١", "１２", "1", "123"));
        IntStream.range(0, 100).forEach(m -> months.add(String.format("%02d", m)));
        int checked = 0;
        for (String year : years) {
            for (String m : months) {
                for (String separator : List.of("-", "/", "--", "")) {
                    String text = year + separator + m;
                    Matcher matcher = month.matcher(text);
                    YearMonth expected = matcher.matches() ? YearMonth.of(Integer.parseInt(matcher.group(1)),
                            Integer.parseInt(matcher.group(2))) : null;
                    assertThat(Periods.monthOf(text)).as(text).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(Periods.monthOf(null)).isNull();
        assertThat(checked).isEqualTo(years.size() * months.size() * 4);
    }

    @Test
    void aYearIsReadAsTheYearPatternReadsIt() {
        Pattern yearPattern = Pattern.compile("(\\d{4})-(\\d{2})");
        List<String> starts = List.of("0000", "0099", "1999", "2018", "9999", "201a", "２０１８", "٢٠١٨", " 201", "2018 ");
        List<String> ends = new ArrayList<>(List.of("1a", " 9", "+9", "-9", "١٩", "１９", "9", "190"));
        IntStream.range(0, 100).forEach(e -> ends.add(String.format("%02d", e)));
        int years = 0;
        for (String start : starts) {
            for (String end : ends) {
                for (String separator : List.of("-", "/", "--", "")) {
                    String text = start + separator + end;
                    Matcher matcher = yearPattern.matcher(text);
                    boolean expected = matcher.matches()
                            && (Integer.parseInt(matcher.group(1)) + 1) % 100 == Integer.parseInt(matcher.group(2));
                    assertThat(Periods.isYear(text)).as(text).isEqualTo(expected);
                    years += expected ? 1 : 0;
                }
            }
        }
        assertThat(Periods.isYear(null)).isFalse();
        // 0000-01, 0099-00, 1999-00, 2018-19 and 9999-00: the ASCII starts, each with its one following year.
        assertThat(years).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} {1} on a {2} year belongs to {3}")
    @CsvSource(nullValues = "none", value = {
            "2019-01, MONTHLY, FINANCIAL, 2018-19",
            "2019-03, MONTHLY, FINANCIAL, 2018-19",
            "2019-04, MONTHLY, FINANCIAL, 2019-20",
            "2018-08, MONTHLY, ACADEMIC, 2017-18",
            "2018-09, MONTHLY, ACADEMIC, 2018-19",
            "2019-Q1, QUARTERLY, FINANCIAL, 2018-19",
            "2019-Q2, QUARTERLY, FINANCIAL, 2019-20",
            "2018-Q3, QUARTERLY, ACADEMIC, 2018-19",
            "2018-19-T2, TERMLY, ACADEMIC, 2018-19",
            "2018-19-T2, TERMLY, FINANCIAL, none",
            "2018-19, ANNUAL, FINANCIAL, 2018-19",
            "2018-20, ANNUAL, FINANCIAL, none",
            "2019-13, MONTHLY, FINANCIAL, none",
            "2019-Q3, MONTHLY, FINANCIAL, none",
            "2019-01, QUARTERLY, FINANCIAL, none",
            "2019-01, ANNUAL, FINANCIAL, none"
    })
    void aPeriodBelongsToTheYearItsFrequencyAndBasisSay(String period, Frequency frequency, YearBasis basis,
                                                          String year) {
        assertThat(Periods.yearOf(period, frequency, basis)).isEqualTo(Optional.ofNullable(year));
    }

    @ParameterizedTest(name = "{0} ends on {2}")
    @CsvSource({
            "2019-01, FINANCIAL, 2019-01-31",
            "2019-02, FINANCIAL, 2019-02-28",
            "2019-Q3, FINANCIAL, 2019-09-30",
            "2018-19-T1, ACADEMIC, 2018-12-31",
            "2018-19-T3, ACADEMIC, 2019-07-31",
            "2018-19, FINANCIAL, 2019-03-31",
            "2018-19, ACADEMIC, 2019-08-31",
            "2011-12, FINANCIAL, 2011-12-31"
    })
    void aPeriodEndsOnItsLastDay(String period, YearBasis basis, LocalDate lastDay) {
        assertThat(Periods.lastDayOf(period, basis)).isEqualTo(lastDay);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "MONTHLY, FINANCIAL, 2019-02-08, 2019-01",
            "MONTHLY, FINANCIAL, 2019-01-31, 2018-12",
            "QUARTERLY, FINANCIAL, 2019-02-08, 2018-Q4",
            "QUARTERLY, FINANCIAL, 2019-04-01, 2019-Q1",
            "QUARTERLY, FINANCIAL, 2019-03-31, 2018-Q4",
            "TERMLY, ACADEMIC, 2019-02-08, 2018-19-T1",
            "TERMLY, ACADEMIC, 2019-04-01, 2018-19-T2",
            "TERMLY, ACADEMIC, 2019-08-01, 2018-19-T3",
            "TERMLY, ACADEMIC, 2019-12-31, 2018-19-T3",
            "ANNUAL, FINANCIAL, 2019-04-01, 2018-19",
            "ANNUAL, FINANCIAL, 2019-03-31, 2017-18",
            "ANNUAL, ACADEMIC, 2019-09-01, 2018-19"})
    void theLatestPeriodEndedIsTheOneBeforeToday(Frequency frequency, YearBasis basis, String today, String period) {
        org.assertj.core.api.Assertions.assertThat(Periods.latestEnded(frequency, basis,
                java.time.LocalDate.parse(today))).isEqualTo(period);
    }
}
