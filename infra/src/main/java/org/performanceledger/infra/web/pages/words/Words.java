package org.performanceledger.infra.web.pages.words;

import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Worded;
import org.performanceledger.query.history.Recorded;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods, years, dates and moments in words, as the pages show them: "January 2019", "July to September 2019",
 * "Autumn term 2018 to 2019", "2018 to 2019", "22 February 2019", "22 February 2019 10:31" (in the ledger's own
 * time zone, UK time). Templates call it as {@code ${@words.period(period)}}; Java code through the static methods.
 */
@Component("words")
public class Words {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern TERM = Pattern.compile("(\\d{4}-\\d{2})-T([1-3])");
    private static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM uu", Locale.UK);
    private static final DateTimeFormatter DATE_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MOMENT_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm",
            Locale.UK);
    private static final String[] QUARTERS = {"January to March", "April to June", "July to September",
            "October to December"};
    private static final String[] TERMS = {"Autumn term", "Spring term", "Summer term"};

    private final ZoneId zone;

    public Words(Clock clock) {
        this.zone = clock.getZone();
    }

    /** A period of any form in words; text that is no period is given back as it is. */
    public static String period(String period) {
        if (period == null) {
            return "";
        }
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            return YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))
                    .format(MONTH_WORDS);
        }
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            return QUARTERS[Integer.parseInt(quarter.group(2)) - 1] + " " + quarter.group(1);
        }
        Matcher term = TERM.matcher(period);
        if (term.matches() && Periods.isYear(term.group(1))) {
            return TERMS[Integer.parseInt(term.group(2)) - 1] + " " + year(term.group(1));
        }
        return year(period);
    }

    /** A period in few characters, for a chart's axis: "Jan 19", "2019 Q3", "2018-19 T1", "2018-19". */
    public static String shortPeriod(String period) {
        if (period == null) {
            return "";
        }
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            return YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))
                    .format(SHORT_MONTH);
        }
        return period.replace("-Q", " Q").replace("-T", " T");
    }

    /** A year such as {@code 2018-19} as "2018 to 2019"; anything else as it is. */
    public static String year(String year) {
        if (year == null) {
            return "";
        }
        return Periods.isYear(year) ? Periods.startOf(year) + " to " + (Periods.startOf(year) + 1) : year;
    }

    /** An ISO date ({@code 2019-02-22}) as "22 February 2019"; anything else as it is. */
    public static String date(String isoDate) {
        if (isoDate == null) {
            return "";
        }
        try {
            return LocalDate.parse(isoDate).format(DATE_WORDS);
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE_WORDS);
    }

    /** A moment as "22 February 2019 10:31", in the ledger's time zone. */
    public String moment(Instant at) {
        return at == null ? "" : at.atZone(zone).format(MOMENT_WORDS);
    }

    /** The same as {@link #moment}: "22 February 2019 10:31", UK time. */
    public String dateTime(Instant at) {
        return moment(at);
    }

    /** "850 milliseconds", "4.2 seconds", "3 minutes 20 seconds". */
    public static String duration(long millis) {
        if (millis < 1000) {
            return millis + (millis == 1 ? " millisecond" : " milliseconds");
        }
        if (millis < 60_000) {
            return String.format(Locale.UK, "%.1f seconds", millis / 1000.0);
        }
        java.time.Duration duration = java.time.Duration.ofMillis(millis);
        long seconds = duration.toSecondsPart();
        return duration.toMinutes() + (duration.toMinutes() == 1 ? " minute" : " minutes")
                + (seconds == 0 ? "" : " " + seconds + (seconds == 1 ? " second" : " seconds"));
    }

    /** A count with thousands separated: "1,234". */
    public static String count(long number) {
        return String.format(Locale.UK, "%,d", number);
    }

    /** Who recorded something and when: "Demo Officer, 22 February 2019 10:31". */
    public String recorded(Recorded recorded) {
        if (recorded == null) {
            return "";
        }
        return (recorded.byName() == null ? recorded.by() : recorded.byName()) + ", " + moment(recorded.at());
    }

    /** What a value, target, tolerance or enum says in words; "" for none. */
    public static String of(Worded worded) {
        return worded == null ? "" : worded.words();
    }

    /** A profile's entry: "April 2018: 0.51", "April 2018: 10 to 20", "April 2018: no target of its own". */
    public static String profileEntry(PeriodTarget entry) {
        String target = entry.target() != null ? entry.target().toPlainString()
                : entry.lower() != null && entry.upper() != null
                ? entry.lower().toPlainString() + " to " + entry.upper().toPlainString() : "no target of its own";
        return period(entry.period()) + ": " + target;
    }

    /** A number without exponent ("6.18", "1500"); "" for none. */
    public static String number(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
