package org.performanceledger.query.history;

import org.junit.jupiter.api.Test;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.YearBasis;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An indicator's own periods: a year's, the one before, the same one last year, the one ending a report's. */
class IndicatorPeriodsTest {

    @Test
    void quartersOfAFinancialAndOfAnAcademicYear() {
        IndicatorPeriods financial = new IndicatorPeriods(Frequency.QUARTERLY, YearBasis.FINANCIAL);
        IndicatorPeriods academic = new IndicatorPeriods(Frequency.QUARTERLY, YearBasis.ACADEMIC);

        assertThat(financial.periodsOf("2018-19")).containsExactly("2018-Q2", "2018-Q3", "2018-Q4", "2019-Q1");
        assertThat(academic.periodsOf("2018-19")).containsExactly("2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2");
        assertThat(financial.previous("2019-Q1")).isEqualTo("2018-Q4");
        assertThat(financial.sameLastYear("2019-Q1")).isEqualTo("2018-Q1");
        assertThat(financial.endingBy(LocalDate.of(2019, 3, 31))).contains("2019-Q1");
        assertThat(financial.endingBy(LocalDate.of(2019, 4, 30))).as("no quarter of 2019-20 has ended").isEmpty();
    }

    @Test
    void termsMonthsAndYears() {
        IndicatorPeriods terms = new IndicatorPeriods(Frequency.TERMLY, YearBasis.ACADEMIC);
        assertThat(terms.periodsOf("2018-19")).containsExactly("2018-19-T1", "2018-19-T2", "2018-19-T3");
        assertThat(terms.previous("2018-19-T1")).isEqualTo("2017-18-T3");
        assertThat(terms.sameLastYear("2018-19-T2")).isEqualTo("2017-18-T2");
        assertThat(terms.endingBy(LocalDate.of(2019, 8, 31))).as("an academic year's report").contains("2018-19-T3");

        IndicatorPeriods months = new IndicatorPeriods(Frequency.MONTHLY, YearBasis.FINANCIAL);
        assertThat(months.periodsOf("2018-19")).hasSize(12).startsWith("2018-04").endsWith("2019-03");
        assertThat(months.endingBy(LocalDate.of(2019, 9, 30))).contains("2019-09");

        IndicatorPeriods years = new IndicatorPeriods(Frequency.ANNUAL, YearBasis.FINANCIAL);
        assertThat(years.periodsOf("2018-19")).containsExactly("2018-19");
        assertThat(years.previous("2018-19")).isEqualTo("2017-18");
    }
}
