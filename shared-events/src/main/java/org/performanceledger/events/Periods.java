package org.performanceledger.events;


import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger's periods and years, as written in paths and events.
 * <ul>
 *     <li>a year: {@code 2018-19}; financial (1 April 2018 - 31 March 2019) or academic (1 September 2018 -
 *     31 August 2019) by the indicator's year basis; it is also the period of an annual indicator;</li>
 *     <li>a month: {@code 2019-01};</li>
 *     <li>a calendar quarter: {@code 2019-Q3} (July-September 2019, the second quarter of financial year 2019-20);
 *     a quarter belongs to the year of its last month;</li>
 *     <li>a school term of an academic year: {@code 2018-19-T1} (autumn, to 31 December), {@code -T2} (spring, to
 *     31 March), {@code -T3} (summer, to 31 July).</li>
 * </ul>
 */
public final class Periods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{2})-T([1-3])");

    private Periods() {
    }

    /** True for {@code 2018-19}: two consecutive years. */
    public static boolean isYear(String year) {
        // Read without a regular expression, as months are (monthOf): a report asks it of every target version of
        // every month it shows (a target takes effect from a year).
        if (year == null || year.length() != 7 || year.charAt(4) != '-') {
            return false;
        }
        int start = digits(year, 0, 4);
        int end = digits(year, 5, 7);
        return start >= 0 && end >= 0 && (start + 1) % 100 == end;
    }

    /** The first calendar year of a year: 2018 for {@code 2018-19}. */
    public static int startOf(String year) {
        return Integer.parseInt(year.substring(0, 4));
    }

    public static String yearStarting(int calendarYear) {
        // Not String.format: reports ask this for every month of every indicator they show.
        int next = Math.floorMod(calendarYear + 1, 100);
        return calendarYear + (next < 10 ? "-0" : "-") + next;
    }

    /**
     * The year a period belongs to, if the period has the form the frequency asks for: months for monthly,
     * calendar quarters for quarterly, terms for termly (academic years only), the year itself for annual.
     */
    public static Optional<String> yearOf(String period, Frequency frequency, YearBasis basis) {
        if (period == null) {
            return Optional.empty();
        }
        return switch (frequency) {
            case MONTHLY -> Optional.ofNullable(monthOf(period)).map(month -> yearContaining(month, basis));
            case QUARTERLY -> matching(QUARTER, period).map(m -> yearContaining(
                    YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3), basis));
            case TERMLY -> basis != YearBasis.ACADEMIC ? Optional.empty()
                    : matching(TERM, period).map(m -> m.group(1) + "-" + m.group(2)).filter(Periods::isYear);
            case ANNUAL -> isYear(period) ? Optional.of(period) : Optional.empty();
        };
    }

    /** How this frequency's periods are written, for messages: "months such as 2019-01". */
    public static String formOf(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> "months such as 2019-01";
            case QUARTERLY -> "calendar quarters such as 2019-Q3";
            case TERMLY -> "school terms of an academic year such as 2018-19-T1";
            case ANNUAL -> "years such as 2018-19";
        };
    }

    /** True when the text is a period in one of the ledger's forms (of any frequency). */
    public static boolean isPeriod(String text) {
        return text != null && (isYear(text) || MONTH.matcher(text).matches() || QUARTER.matcher(text).matches()
                || TERM.matcher(text).matches() && isYear(text.substring(0, 7)));
    }

    /**
     * The first day of one of an indicator's periods. The frequency settles what the form alone cannot: for an annual
     * indicator {@code 2011-12} is the year 2011-12, not December 2011.
     */
    public static LocalDate firstDayOf(String period, Frequency frequency, YearBasis basis) {
        if (frequency == Frequency.ANNUAL) {
            return basis == YearBasis.ACADEMIC ? LocalDate.of(startOf(period), 9, 1)
                    : LocalDate.of(startOf(period), 4, 1);
        }
        return firstDayOf(period, basis);
    }

    /** The first day of a period (of any form; a month where the form could also be a year). */
    public static LocalDate firstDayOf(String period, YearBasis basis) {
        YearMonth month = monthOf(period);
        if (month != null) {
            return month.atDay(1);
        }
        Optional<Matcher> quarter = matching(QUARTER, period);
        if (quarter.isPresent()) {
            return LocalDate.of(Integer.parseInt(quarter.get().group(1)),
                    Integer.parseInt(quarter.get().group(2)) * 3 - 2, 1);
        }
        Optional<Matcher> term = matching(TERM, period);
        if (term.isPresent()) {
            int start = Integer.parseInt(term.get().group(1));
            return switch (term.get().group(3)) {
                case "1" -> LocalDate.of(start, 9, 1);
                case "2" -> LocalDate.of(start + 1, 1, 1);
                default -> LocalDate.of(start + 1, 4, 1);
            };
        }
        if (isYear(period)) {
            return basis == YearBasis.ACADEMIC ? LocalDate.of(startOf(period), 9, 1)
                    : LocalDate.of(startOf(period), 4, 1);
        }
        throw new IllegalArgumentException("Not a period: " + period);
    }

    /**
     * The latest period of this frequency that has ended before {@code today}: last month, the calendar quarter
     * before this one, the latest school term ended (autumn to 31 December, spring to 31 March, summer to 31 July),
     * or the latest year ended.
     */
    public static String latestEnded(Frequency frequency, YearBasis basis, LocalDate today) {
        return switch (frequency) {
            case MONTHLY -> YearMonth.from(today).minusMonths(1).toString();
            case QUARTERLY -> {
                YearMonth endOfLast = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3 + 1);
                yield endOfLast.getYear() + "-Q" + (endOfLast.getMonthValue() / 3);
            }
            case TERMLY -> {
                int year = today.getYear();
                if (today.isAfter(LocalDate.of(year, 7, 31))) {
                    yield yearStarting(year - 1) + "-T3";
                }
                if (today.isAfter(LocalDate.of(year, 3, 31))) {
                    yield yearStarting(year - 1) + "-T2";
                }
                yield yearStarting(year - 1) + "-T1";
            }
            case ANNUAL -> {
                int firstMonth = basis == YearBasis.ACADEMIC ? 9 : 4;
                int startOfCurrent = today.getMonthValue() >= firstMonth ? today.getYear() : today.getYear() - 1;
                yield yearStarting(startOfCurrent - 1);
            }
        };
    }

    /** The first period of a year for an indicator of this frequency: {@code 2018-04}, {@code 2018-Q2}, ... */
    public static String firstPeriodOf(String year, Frequency frequency, YearBasis basis) {
        int start = startOf(year);
        boolean academic = basis == YearBasis.ACADEMIC;
        return switch (frequency) {
            case MONTHLY -> start + (academic ? "-09" : "-04");
            case QUARTERLY -> start + (academic ? "-Q3" : "-Q2");
            case TERMLY -> year + "-T1";
            case ANNUAL -> year;
        };
    }

    /** The last day of one of an indicator's periods: for an annual indicator {@code 2011-12} is a year. */
    public static LocalDate lastDayOf(String period, Frequency frequency, YearBasis basis) {
        if (frequency == Frequency.ANNUAL) {
            return basis == YearBasis.ACADEMIC ? LocalDate.of(startOf(period) + 1, 8, 31)
                    : LocalDate.of(startOf(period) + 1, 3, 31);
        }
        return lastDayOf(period, basis);
    }

    /** The last day of a period (of any form; a month where the form could also be a year), the day returns count from. */
    public static LocalDate lastDayOf(String period, YearBasis basis) {
        YearMonth month = monthOf(period);
        if (month != null) {
            return month.atEndOfMonth();
        }
        // A year before the quarters and terms: no text is both, and a year is read without a regular expression.
        if (isYear(period)) {
            return basis == YearBasis.ACADEMIC ? LocalDate.of(startOf(period) + 1, 8, 31)
                    : LocalDate.of(startOf(period) + 1, 3, 31);
        }
        Optional<Matcher> quarter = matching(QUARTER, period);
        if (quarter.isPresent()) {
            return YearMonth.of(Integer.parseInt(quarter.get().group(1)),
                    Integer.parseInt(quarter.get().group(2)) * 3).atEndOfMonth();
        }
        Optional<Matcher> term = matching(TERM, period);
        if (term.isPresent()) {
            int start = Integer.parseInt(term.get().group(1));
            return switch (term.get().group(3)) {
                case "1" -> LocalDate.of(start, 12, 31);
                case "2" -> LocalDate.of(start + 1, 3, 31);
                default -> LocalDate.of(start + 1, 7, 31);
            };
        }
        throw new IllegalArgumentException("Not a period: " + period);
    }

    private static String yearContaining(YearMonth month, YearBasis basis) {
        int firstMonth = basis == YearBasis.ACADEMIC ? 9 : 4;
        return yearStarting(month.getMonthValue() >= firstMonth ? month.getYear() : month.getYear() - 1);
    }

    /**
     * A month written {@code 2019-01} (what {@link #MONTH} matches), else null; read without a regular expression
     * because a report asks it for every month of every indicator it shows, several times over.
     */
    static YearMonth monthOf(String text) {
        if (text == null || text.length() != 7 || text.charAt(4) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        return year >= 0 && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    /** The number the decimal digits from {@code from} to {@code to} of {@code text} write, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static Optional<Matcher> matching(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }
}
