package org.performanceledger.imports;

import org.performanceledger.events.Basis;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
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
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the forms values take in councils' reports and spreadsheets: {@code 86.60%}, {@code 4,544}, {@code £140k},
 * {@code 57 - 67}, {@code TBC}, {@code N/A}, {@code January 2019}, {@code Jan-19}, {@code Q1 2013/14},
 * {@code Spr 13}. Each reader returns the ledger's form or throws a {@link CellException} saying what it takes.
 */
final class CellValues {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<neg>-)?\\s*£?\\s*(?<digits>\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+)\\s*(?<scale>[kKmM])?"
                    + "\\s*(?<percent>%)?\\s*(?<unit>[A-Za-z]+(\\s[A-Za-z]+)?)?");
    private static final Pattern BRACKETED = Pattern.compile("\\((?<inner>[^()]+)\\)");
    private static final Pattern RANGE = Pattern.compile("(?<lower>[£\\d.,]+\\s*[kKmM]?%?)\\s*(-|–|to)\\s*"
            + "(?<upper>[£\\d.,]+\\s*[kKmM]?%?)");
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

    private static final Map<String, Polarity> POLARITIES = Map.ofEntries(
            Map.entry("aimtomaximise", Polarity.MAXIMISE), Map.entry("maximise", Polarity.MAXIMISE),
            Map.entry("maximize", Polarity.MAXIMISE), Map.entry("higherisbetter", Polarity.MAXIMISE),
            Map.entry("aimtominimise", Polarity.MINIMISE), Map.entry("minimise", Polarity.MINIMISE),
            Map.entry("minimize", Polarity.MINIMISE), Map.entry("lowerisbetter", Polarity.MINIMISE),
            Map.entry("goldilocks", Polarity.RANGE), Map.entry("range", Polarity.RANGE),
            Map.entry("targetrange", Polarity.RANGE), Map.entry("activity", Polarity.ACTIVITY));
    private static final Map<String, ExpectedOutcome> OUTCOMES = Map.ofEntries(
            Map.entry("oncoursetoachievetarget", ExpectedOutcome.ON_COURSE), Map.entry("oncourse", ExpectedOutcome.ON_COURSE),
            Map.entry("✔", ExpectedOutcome.ON_COURSE), Map.entry("✓", ExpectedOutcome.ON_COURSE),
            Map.entry("someslippageagainsttarget", ExpectedOutcome.SOME_SLIPPAGE),
            Map.entry("someslippage", ExpectedOutcome.SOME_SLIPPAGE), Map.entry("⚠", ExpectedOutcome.SOME_SLIPPAGE),
            Map.entry("atriskofmissingtarget", ExpectedOutcome.AT_RISK), Map.entry("atrisk", ExpectedOutcome.AT_RISK),
            Map.entry("●", ExpectedOutcome.AT_RISK), Map.entry("novalue", ExpectedOutcome.NO_VALUE),
            Map.entry("-", ExpectedOutcome.NO_VALUE));

    private CellValues() {
    }

    static boolean isTbc(String text) {
        return words(text).equals("tbc") || words(text).equals("tobeconfirmed");
    }

    static boolean isNotApplicable(String text) {
        String w = words(text);
        return w.equals("na") || w.equals("notapplicable");
    }

    /** A number in any of the printed forms; {@code (1,852)} is negative. */
    static BigDecimal number(String text) throws CellException {
        String t = text.strip();
        Matcher bracketed = BRACKETED.matcher(t);
        if (bracketed.matches()) {
            return number(bracketed.group("inner")).negate();
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            throw new CellException("'" + text + "' is not a number (forms: 4,544 86.60% £140k 0.47)");
        }
        BigDecimal number = new BigDecimal(m.group("digits").replace(",", ""));
        if (m.group("scale") != null) {
            number = number.multiply(m.group("scale").equalsIgnoreCase("k") ? BigDecimal.valueOf(1_000)
                    : BigDecimal.valueOf(1_000_000)).stripTrailingZeros();
            if (number.scale() < 0) {
                number = number.setScale(0);
            }
        }
        return m.group("neg") != null ? number.negate() : number;
    }

    /** A value as returned: a number, TBC, N/A or not yet available (these three need a reason). */
    static MeasuredValue value(String text, String reason) throws CellException {
        String w = words(text);
        if (isTbc(text)) {
            return new MeasuredValue(ValueState.TBC, null, reason);
        }
        if (isNotApplicable(text)) {
            return new MeasuredValue(ValueState.NOT_APPLICABLE, null, reason);
        }
        if (w.equals("notyetavailable") || w.equals("nya")) {
            return new MeasuredValue(ValueState.NOT_YET_AVAILABLE, null, reason);
        }
        try {
            return MeasuredValue.of(number(text));
        } catch (CellException e) {
            throw new CellException("'" + text + "' is not a value: a number (4,544 86.60% £140k), TBC, N/A or "
                    + "Not yet available");
        }
    }

    /** A target: a number, a range, TBC, or words. */
    static Target target(String text) throws CellException {
        if (isTbc(text)) {
            return new Target(TargetKind.TBC, null, null, null, null);
        }
        Optional<BigDecimal[]> range = range(text);
        if (range.isPresent()) {
            return new Target(TargetKind.RANGE, null, range.get()[0], range.get()[1], null);
        }
        try {
            return new Target(TargetKind.NUMBER, number(text), null, null, null);
        } catch (CellException notANumber) {
            if (!text.matches(".*[A-Za-z].*")) {
                throw new CellException("'" + text + "' is not a target: a number (95%, 4,580), a range (57-67), "
                        + "TBC, or words");
            }
            return new Target(TargetKind.TEXT, null, null, null, text.strip());
        }
    }

    /** {@code 57-67}, {@code 57 - 67}, {@code 50.4 – 55.7}: the bounds, lower first. */
    static Optional<BigDecimal[]> range(String text) throws CellException {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal[]{number(m.group("lower")), number(m.group("upper"))});
    }

    /** {@code 5%} is relative to the target; {@code 5 points}, {@code 5 cases} or {@code 5} are in the unit. */
    static Tolerance tolerance(String text) throws CellException {
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches() || m.group("scale") != null) {
            throw new CellException("'" + text + "' is not a tolerance: 5% (of the target), or 5, 5 points, "
                    + "5 cases (in the indicator's unit)");
        }
        BigDecimal amount = new BigDecimal(m.group("digits").replace(",", ""));
        boolean percentagePoints = m.group("unit") != null
                && words(m.group("unit")).matches("pp|percentagepoints?|points?|cases?|days?");
        return new Tolerance(m.group("percent") != null && !percentagePoints ? ToleranceKind.RELATIVE_PERCENT
                : ToleranceKind.ABSOLUTE, amount);
    }

    static Polarity polarity(String text) throws CellException {
        String w = words(text.replaceAll("[↑↓↔]", ""));
        Polarity polarity = POLARITIES.get(w);
        if (polarity == null) {
            throw new CellException("'" + text + "' is not a polarity: Aim to Maximise (Higher is better), "
                    + "Aim to Minimise (Lower is better), Goldilocks (a target range) or Activity");
        }
        return polarity;
    }

    static Basis basis(String text) throws CellException {
        Optional<Basis> basis = byName(Basis.class, text);
        if (basis.isPresent()) {
            return basis.get();
        }
        throw new CellException("'" + text + "' is not a basis: Monthly Snapshot, Cumulative YTD, YTD Snapshot, "
                + "Rolling Quarter or YTD Average");
    }

    /** The basis a short name ends with in brackets, as reports print it: {@code ... [Cumulative YTD]}. */
    static Optional<Basis> basisInName(String shortName) {
        Matcher m = Pattern.compile("\\[([^\\[\\]]+)]\\s*$").matcher(shortName);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(basis(m.group(1)));
        } catch (CellException notABasis) {
            return Optional.empty();
        }
    }

    static Frequency frequency(String text) throws CellException {
        return switch (words(text)) {
            case "monthly", "month" -> Frequency.MONTHLY;
            case "quarterly", "quarter" -> Frequency.QUARTERLY;
            case "termly", "term" -> Frequency.TERMLY;
            case "annual", "annually", "yearly" -> Frequency.ANNUAL;
            default -> throw new CellException("'" + text + "' is not a frequency: Monthly, Quarterly, Termly or "
                    + "Annual");
        };
    }

    static YearBasis yearBasis(String text) throws CellException {
        return switch (words(text)) {
            case "financial", "financialyear" -> YearBasis.FINANCIAL;
            case "academic", "academicyear" -> YearBasis.ACADEMIC;
            default -> throw new CellException("'" + text + "' is not a year basis: Financial or Academic");
        };
    }

    static ExpectedOutcome expectedOutcome(String text) throws CellException {
        String t = text.strip();
        ExpectedOutcome outcome = OUTCOMES.containsKey(t) ? OUTCOMES.get(t) : OUTCOMES.get(words(t));
        if (outcome == null) {
            throw new CellException("'" + text + "' is not an expected outcome: On course to achieve target, "
                    + "Some slippage against target, At risk of missing target or No Value");
        }
        return outcome;
    }

    static OutturnKind outturn(String text) throws CellException {
        Optional<OutturnKind> kind = byName(OutturnKind.class, text);
        if (kind.isPresent()) {
            return kind.get();
        }
        throw new CellException("'" + text + "' is not an outturn: Estimated, Final or Revised");
    }

    /** A year: {@code 2018-19}, {@code 2018/19}, {@code 2018/2019}. */
    static String year(String text) throws CellException {
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
    static String yearIntroduced(String text) throws CellException {
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
    static String period(String text, Frequency frequency) throws CellException {
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

    private static final DateTimeFormatter[] DATES = {
            DateTimeFormatter.ISO_LOCAL_DATE,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.UK),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uu", Locale.UK)};

    /** A date a file claims: {@code 2019-02-22}, {@code 22 February 2019}, {@code 22/02/2019}. */
    static LocalDate date(String text) throws CellException {
        String t = text.strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(t, format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        throw new CellException("'" + text + "' is not a date such as 2019-02-22, 22 February 2019 or 22/02/2019");
    }

    static int integer(String text) throws CellException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new CellException("'" + text + "' is not a whole number");
        }
    }

    private static Optional<Integer> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return Optional.empty();
        }
        for (java.time.Month month : java.time.Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.startsWith(lower) || lower.equals("sept") && month == java.time.Month.SEPTEMBER) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }

    private static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    /** The constant whose name the text spells, whatever its case and spacing: "Cumulative YTD" is CUMULATIVE_YTD. */
    private static <E extends Enum<E>> Optional<E> byName(Class<E> type, String text) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .filter(constant -> words(constant.name()).equals(words(text))).findFirst();
    }

    /** Lower case letters and digits only: how names are compared. */
    static String words(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
