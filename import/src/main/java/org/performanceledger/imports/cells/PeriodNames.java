package org.performanceledger.imports.cells;

import org.performanceledger.events.Frequency;
import org.performanceledger.events.Periods;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads periods and years in the forms reports print them: {@code January 2019}, {@code Jan-19}, {@code 2019-Q3},
 * {@code Q1 2013/14}, {@code Aut 12}, {@code 2018-19}, and gives them in the ledger's form.
 */
public final class PeriodNames {

    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)[\\s-]+(\\d{2}|\\d{4})");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(0?[1-9]|1[0-2])/(\\d{4})");
    private static final Pattern ISO_QUARTER = Pattern.compile("(\\d{4})-Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_QUARTER = Pattern.compile("Q([1-4])\\s+(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_TERM = Pattern.compile("(\\d{4})-(\\d{2})-T([1-3])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TERM = Pattern.compile("(aut|autumn|spr|spring|sum|summer)\\s*-?\\s*(\\d{2}|\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");
    private static final Pattern COMPACT_YEAR = Pattern.compile("(\\d{4})(\\d{2})");
    private static final String PERIOD_FORMS = "a period such as 2019-01, January 2019, Jan-19, 2019-Q3, "
            + "Q1 2013/14, 2018-19-T1, Aut 12 or 2018-19";

    private PeriodNames() {
    }

    /** A year: {@code 2018-19}, {@code 2018/19}, {@code 2018/2019}. */
    public static String year(String text) throws CellException {
        Matcher m = YEAR.matcher(text.strip());
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (end % 100 == (start + 1) % 100) {
                return Periods.yearStarting(start);
            }
        }
        throw new CellException("'" + text + "' is not a year such as 2018-19 or 2018/19");
    }

    /** When an indicator was introduced, kept as printed but for {@code 200809} and {@code 2008/09}. */
    public static String yearIntroduced(String text) throws CellException {
        String t = text.strip();
        if (t.matches("\\d{4}")) {
            return t;
        }
        Matcher compact = COMPACT_YEAR.matcher(t);
        if (compact.matches() && Integer.parseInt(compact.group(2)) == (Integer.parseInt(compact.group(1)) + 1) % 100) {
            return Periods.yearStarting(Integer.parseInt(compact.group(1)));
        }
        try {
            return year(t);
        } catch (CellException e) {
            throw new CellException("'" + text + "' is not a year such as 2018-19, 200809 or 2014");
        }
    }

    /**
     * A period in the ledger's form, from any of the forms reports print. For an annual indicator a year comes
     * first: {@code 2011-12} is the year, not December 2011.
     */
    public static String period(String text, Frequency frequency) throws CellException {
        String t = text.strip();
        if (frequency == Frequency.ANNUAL) {
            try {
                return year(t);
            } catch (CellException notAYear) {
                throw new CellException("'" + text + "' is not a year such as 2018-19: the period of an annual "
                        + "indicator is its year");
            }
        }
        Matcher m;
        if (ISO_MONTH.matcher(t).matches() || ISO_QUARTER.matcher(t).matches()) {
            return t.toUpperCase(Locale.ROOT);
        }
        if ((m = ISO_TERM.matcher(t)).matches() && Periods.isYear(m.group(1) + "-" + m.group(2))) {
            return t.toUpperCase(Locale.ROOT);
        }
        if ((m = YEAR_QUARTER.matcher(t)).matches()) {
            // Q1 of financial year 2013-14 is April-June 2013: calendar quarter 2013-Q2.
            int start = Integer.parseInt(m.group(2));
            int quarter = Integer.parseInt(m.group(1));
            return quarter == 4 ? (start + 1) + "-Q1" : start + "-Q" + (quarter + 1);
        }
        if ((m = NAMED_TERM.matcher(t)).matches()) {
            int year = fullYear(m.group(2));
            return switch (m.group(1).toLowerCase(Locale.ROOT).substring(0, 2)) {
                case "au" -> Periods.yearStarting(year) + "-T1";
                case "sp" -> Periods.yearStarting(year - 1) + "-T2";
                default -> Periods.yearStarting(year - 1) + "-T3";
            };
        }
        if ((m = NUMERIC_MONTH.matcher(t)).matches()) {
            return String.format("%s-%02d", m.group(2), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            Optional<Integer> month = month(m.group(1));
            if (month.isPresent()) {
                return String.format("%d-%02d", fullYear(m.group(2)), month.get());
            }
        }
        try {
            return year(t);
        } catch (CellException notAYear) {
            throw new CellException("'" + text + "' is not " + PERIOD_FORMS);
        }
    }

    private static Optional<Integer> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.startsWith(lower) || lower.equals("sept") && month == Month.SEPTEMBER) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }

    private static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }
}
