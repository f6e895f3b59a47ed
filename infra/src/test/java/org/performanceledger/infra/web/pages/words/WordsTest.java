package org.performanceledger.infra.web.pages.words;

import org.junit.jupiter.api.Test;
import org.performanceledger.events.PeriodTarget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods, years, dates and moments as the pages write them. */
class WordsTest {

    @Test
    void everyFormOfPeriodIsWrittenInWords() {
        assertThat(Words.period("2019-01")).isEqualTo("January 2019");
        assertThat(Words.period("2019-Q3")).isEqualTo("July to September 2019");
        assertThat(Words.period("2018-19-T1")).isEqualTo("Autumn term 2018 to 2019");
        assertThat(Words.period("2018-19")).isEqualTo("2018 to 2019");
        assertThat(Words.period("not a period")).isEqualTo("not a period");
        assertThat(Words.shortPeriod("2019-01")).isEqualTo("Jan 19");
        assertThat(Words.shortPeriod("2019-Q3")).isEqualTo("2019 Q3");
    }

    @Test
    void datesAndMomentsAreWrittenInWordsInUkTime() {
        Words words = new Words(Clock.system(ZoneId.of("Europe/London")));

        assertThat(Words.date("2019-02-22")).isEqualTo("22 February 2019");
        assertThat(words.moment(Instant.parse("2019-02-22T10:31:00Z"))).isEqualTo("22 February 2019 10:31");
        assertThat(words.moment(Instant.parse("2019-07-01T10:31:00Z"))).as("British Summer Time")
                .isEqualTo("1 July 2019 11:31");
    }

    @Test
    void aProfileEntrySaysItsTargetOrRangeOrThatItHasNone() {
        assertThat(Words.profileEntry(new PeriodTarget("2018-04", new BigDecimal("0.51"), null, null)))
                .isEqualTo("April 2018: 0.51");
        assertThat(Words.profileEntry(new PeriodTarget("2018-04", null, BigDecimal.TEN, new BigDecimal("20"))))
                .isEqualTo("April 2018: 10 to 20");
        assertThat(Words.profileEntry(new PeriodTarget("2018-04", null, null, null)))
                .isEqualTo("April 2018: no target of its own");
    }

    @org.junit.jupiter.api.Test
    void durationsAndCountsReadAsPeopleSayThem() {
        org.assertj.core.api.Assertions.assertThat(Words.duration(86)).isEqualTo("86 milliseconds");
        org.assertj.core.api.Assertions.assertThat(Words.duration(4_240)).isEqualTo("4.2 seconds");
        org.assertj.core.api.Assertions.assertThat(Words.duration(200_000)).isEqualTo("3 minutes 20 seconds");
        org.assertj.core.api.Assertions.assertThat(Words.count(1_234_567)).isEqualTo("1,234,567");
    }
}
