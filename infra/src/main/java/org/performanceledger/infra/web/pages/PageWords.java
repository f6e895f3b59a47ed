package org.performanceledger.infra.web.pages;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods, dates, times and durations in words, as the pages show them ("January 2019", "22 February 2019 10:31"):
 * in templates {@code ${@words.period(entry.period())}}. Times are the ledger's (its clock's zone, UK time).
 */
@Component("words")
public class PageWords {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern TERM = Pattern.compile("(\\d{4}-\\d{2})-T([1-3])");
    private static final String[] QUARTERS = {"January to March", "April to June", "July to September",
            "October to December"};
    private static final String[] TERMS = {"Autumn term", "Spring term", "Summer term"};
    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
            Locale.UK);

    private final Clock clock;

    public PageWords(Clock clock) {
        this.clock = clock;
    }

    /**
     * A period in words: {@code 2019-01} "January 2019", {@code 2019-Q3} "July to September 2019",
     * {@code 2018-19-T1} "Autumn term 2018-19"; a year ({@code 2018-19}) and anything else as written.
     */
    public String period(String period) {
        if (period == null) {
            return null;
        }
        Matcher month = MONTH.matcher(period);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            return YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))
                    .format(MONTH_AND_YEAR);
        }
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            return QUARTERS[Integer.parseInt(quarter.group(2)) - 1] + " " + quarter.group(1);
        }
        Matcher term = TERM.matcher(period);
        if (term.matches()) {
            return TERMS[Integer.parseInt(term.group(2)) - 1] + " " + term.group(1);
        }
        return period;
    }

    /** "22 February 2019". */
    public String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    /** "22 February 2019 10:31", UK time. */
    public String dateTime(Instant instant) {
        return instant == null ? null : DATE_AND_TIME.withZone(clock.getZone()).format(instant);
    }

    /** "850 milliseconds", "4.2 seconds", "3 minutes 20 seconds". */
    public String duration(long millis) {
        if (millis < 1000) {
            return millis + (millis == 1 ? " millisecond" : " milliseconds");
        }
        if (millis < 60_000) {
            return String.format(Locale.UK, "%.1f seconds", millis / 1000.0);
        }
        Duration duration = Duration.ofMillis(millis);
        long seconds = duration.toSecondsPart();
        return duration.toMinutes() + (duration.toMinutes() == 1 ? " minute" : " minutes")
                + (seconds == 0 ? "" : " " + seconds + (seconds == 1 ? " second" : " seconds"));
    }

    /** "1,234". */
    public String number(long number) {
        return String.format(Locale.UK, "%,d", number);
    }
}
