package org.performanceledger.imports.cells;

import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers in the forms councils' reports and spreadsheets print them: {@code 86.60%}, {@code 4,544},
 * {@code £140k}, {@code (1,852)}, ranges such as {@code 57 - 67}, and tolerances. Each reader returns the ledger's
 * form or throws a {@link CellException} saying what it takes.
 */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<neg>-)?\\s*£?\\s*(?<digits>\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+)\\s*(?<scale>[kKmM])?"
                    + "\\s*(?<percent>%)?\\s*(?<unit>[A-Za-z]+(\\s[A-Za-z]+)?)?");
    private static final Pattern BRACKETED = Pattern.compile("\\((?<inner>[^()]+)\\)");
    private static final Pattern RANGE = Pattern.compile("(?<lower>[£\\d.,]+\\s*[kKmM]?%?)\\s*(-|–|to)\\s*"
            + "(?<upper>[£\\d.,]+\\s*[kKmM]?%?)");

    private Numbers() {
    }

    /** A number in any of the printed forms; {@code (1,852)} is negative. */
    public static BigDecimal number(String text) throws CellException {
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

    /** {@code 57-67}, {@code 57 - 67}, {@code 50.4 – 55.7}: the bounds, lower first. */
    public static Optional<BigDecimal[]> range(String text) throws CellException {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal[]{number(m.group("lower")), number(m.group("upper"))});
    }

    /** {@code 5%} is relative to the target; {@code 5 points}, {@code 5 cases} or {@code 5} are in the unit. */
    public static Tolerance tolerance(String text) throws CellException {
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches() || m.group("scale") != null) {
            throw new CellException("'" + text + "' is not a tolerance: 5% (of the target), or 5, 5 points, "
                    + "5 cases (in the indicator's unit)");
        }
        BigDecimal amount = new BigDecimal(m.group("digits").replace(",", ""));
        boolean percentagePoints = m.group("unit") != null
                && Words.words(m.group("unit")).matches("pp|percentagepoints?|points?|cases?|days?");
        return new Tolerance(m.group("percent") != null && !percentagePoints ? ToleranceKind.RELATIVE_PERCENT
                : ToleranceKind.ABSOLUTE, amount);
    }

    public static int integer(String text) throws CellException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new CellException("'" + text + "' is not a whole number");
        }
    }
}
