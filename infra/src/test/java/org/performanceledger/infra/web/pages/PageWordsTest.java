package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class PageWordsTest {

    private final PageWords words = new PageWords(Clock.system(ZoneId.of("Europe/London")));

    @Test
    void periodsReadAsPeopleSayThem() {
        assertThat(words.period("2019-01")).isEqualTo("January 2019");
        assertThat(words.period("2019-Q3")).isEqualTo("July to September 2019");
        assertThat(words.period("2018-19-T1")).isEqualTo("Autumn term 2018-19");
        assertThat(words.period("2018-19")).as("a year as written").isEqualTo("2018-19");
        assertThat(words.period("2019-13")).as("not a month: as written").isEqualTo("2019-13");
    }

    @Test
    void datesAndTimesInWordsTimesInUkTime() {
        assertThat(words.date(LocalDate.of(2019, 2, 22))).isEqualTo("22 February 2019");
        assertThat(words.dateTime(Instant.parse("2019-02-22T10:31:00Z"))).isEqualTo("22 February 2019 10:31");
        assertThat(words.dateTime(Instant.parse("2019-07-01T10:31:00Z"))).as("summer time")
                .isEqualTo("1 July 2019 11:31");
    }

    @Test
    void durationsAndNumbers() {
        assertThat(words.duration(86)).isEqualTo("86 milliseconds");
        assertThat(words.duration(4_240)).isEqualTo("4.2 seconds");
        assertThat(words.duration(200_000)).isEqualTo("3 minutes 20 seconds");
        assertThat(words.number(1_234_567)).isEqualTo("1,234,567");
    }
}
