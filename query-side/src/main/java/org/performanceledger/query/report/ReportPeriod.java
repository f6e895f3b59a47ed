package org.performanceledger.query.report;

import org.performanceledger.events.Frequency;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report is for, written as values are: a month {@code 2019-01}, a calendar quarter {@code 2019-Q3},
 * a school term {@code 2018-19-T1} or a financial or academic year {@code 2018-19}. A text that reads both as a
 * month and as a year ({@code 2011-12}) is the month, as everywhere in the ledger.
 *
 * @param code  as written
 * @param kind  which kind of period
 * @param words as reports print it: "January 2019", "July to September 2019", "Autumn term 2018/19", "2018/19"
 */
public record ReportPeriod(String code, Kind kind, String words) {

    /** The kinds of period a report can be for, each with the frequencies of the indicators it shows. */
    public enum Kind {
        MONTH, QUARTER, TERM, YEAR;

        /** True when an indicator of this frequency has periods that make up a period of this kind. */
        public boolean shows(Frequency frequency) {
            return switch (this) {
                case MONTH -> frequency == Frequency.MONTHLY;
                case QUARTER -> frequency == Frequency.MONTHLY || frequency == Frequency.QUARTERLY;
                case TERM -> frequency == Frequency.MONTHLY || frequency == Frequency.TERMLY;
                case YEAR -> true;
            };
        }
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern TERM = Pattern.compile("(\\d{4}-\\d{2})-T([1-3])");
    private static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final String[] QUARTER_WORDS = {"January to March", "April to June", "July to September",
            "October to December"};
    private static final String[] TERM_WORDS = {"Autumn term", "Spring term", "Summer term"};

    /** The period a text names, or empty when it is in none of the forms. */
    public static Optional<ReportPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (Periods.yearOf(text, Frequency.MONTHLY, YearBasis.FINANCIAL).isPresent()) {
            return Optional.of(new ReportPeriod(text, Kind.MONTH, YearMonth.parse(text).format(MONTH_WORDS)));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return Optional.of(new ReportPeriod(text, Kind.QUARTER,
                    QUARTER_WORDS[Integer.parseInt(quarter.group(2)) - 1] + " " + quarter.group(1)));
        }
        Matcher term = TERM.matcher(text);
        if (term.matches() && Periods.isYear(term.group(1))) {
            return Optional.of(new ReportPeriod(text, Kind.TERM,
                    TERM_WORDS[Integer.parseInt(term.group(2)) - 1] + " " + yearWords(term.group(1))));
        }
        if (Periods.isYear(text)) {
            return Optional.of(new ReportPeriod(text, Kind.YEAR, yearWords(text)));
        }
        return Optional.empty();
    }

    /** The last day of the period for an indicator of this year basis (a year is financial or academic by it). */
    public LocalDate lastDay(YearBasis basis) {
        return kind == Kind.YEAR ? Periods.lastDayOf(code, Frequency.ANNUAL, basis) : Periods.lastDayOf(code, basis);
    }

    /**
     * The first day of the period: a year's is that of a financial year (1 April), which begins before an academic
     * one, so a year's report can be drawn up once either kind of year has begun.
     */
    public LocalDate firstDay() {
        return kind == Kind.YEAR ? Periods.firstDayOf(code, Frequency.ANNUAL, YearBasis.FINANCIAL)
                : Periods.firstDayOf(code, YearBasis.FINANCIAL);
    }

    /** A year as reports print it: {@code 2018/19}. */
    public static String yearWords(String year) {
        return year.replace('-', '/');
    }

    /** Any one of an indicator's periods in words, as {@link #words} writes a report's. */
    public static String wordsOf(String period, Frequency frequency) {
        if (frequency == Frequency.ANNUAL) {
            return yearWords(period);
        }
        return parse(period).map(ReportPeriod::words).orElse(period);
    }
}
