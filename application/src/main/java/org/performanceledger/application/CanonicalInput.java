package org.performanceledger.application;

import org.performanceledger.events.MultiLine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one rule for every text and every number a command carries, whoever sends it.
 * <p>
 * Text: Unicode NFC, surrounding spaces removed, line
 * ends written {@code \n}; refused with the field named when it holds something a ledger should not keep: an unpaired
 * surrogate (not text at all: it cannot be stored as UTF-8 and read back the same, so it would break verification),
 * NUL or another control character (newline and tab are allowed in {@link MultiLine} fields only), a bidirectional
 * override that makes text display other than it reads, a Unicode noncharacter, or more than
 * {@value #MAX_LINE} characters ({@value #MAX_MULTI_LINE} for several lines). Finer limits are the commands' own
 * {@code @Size} constraints, checked after this.
 * <p>
 * Numbers: at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits and {@value #MAX_DECIMALS} decimals, so at most
 * 15 digits before the point (values, targets, tolerances, profiles and comparators alike). The check reads the
 * number's precision and scale, never its expansion, so {@code 1e10000000} is refused at once; a number written with
 * an exponent is kept in plain form ({@code 1E+3} is 1000).
 * <p>
 * It walks a command's record components, and records and lists within them, and builds the command again with the
 * canonical texts: so a new text field is covered without being listed anywhere.
 */
public final class CanonicalInput {

    static final int MAX_LINE = 1_000;
    static final int MAX_MULTI_LINE = 20_000;
    public static final int MAX_SIGNIFICANT_DIGITS = 15;
    public static final int MAX_DECIMALS = 6;

    private CanonicalInput() {
    }

    /** The command with canonical texts, or an {@link InvalidRequest} naming every field that cannot be kept. */
    @SuppressWarnings("unchecked")
    public static <T> T of(T command) {
        List<InvalidRequest.Violation> violations = new ArrayList<>();
        Object canonical = canonical(command, "", false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return (T) canonical;
    }

    /** Why a text cannot be kept, or null when it can; for checks outside commands (an import's cells, a form). */
    public static String problemWith(String text, boolean multiLine) {
        int limit = multiLine ? MAX_MULTI_LINE : MAX_LINE;
        if (text.length() > limit) {
            return "must be at most " + limit + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (isNoncharacter(codePoint)) {
                    return "must not hold the Unicode noncharacter U+" + Integer.toHexString(codePoint).toUpperCase();
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "must be well-formed Unicode (it holds an unpaired surrogate at character " + (i + 1) + ")";
            }
            if ((c == '\n' || c == '\t') && multiLine) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return "must not hold control characters" + (multiLine ? " other than newlines and tabs"
                        : " (newlines and tabs included)") + " (U+" + String.format("%04X", (int) c) + " at character "
                        + (i + 1) + ")";
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return "must not hold bidirectional override characters (U+" + String.format("%04X", (int) c)
                        + " at character " + (i + 1) + ")";
            }
            if (isNoncharacter(c)) {
                return "must not hold the Unicode noncharacter U+" + String.format("%04X", (int) c);
            }
        }
        return null;
    }

    /** Why a number cannot be kept, or null when it can; from its precision and scale, never its expansion. */
    public static String problemWith(BigDecimal number) {
        if (number.precision() - number.scale() > MAX_SIGNIFICANT_DIGITS) {
            return "must be less than 10^" + MAX_SIGNIFICANT_DIGITS + " (at most " + MAX_SIGNIFICANT_DIGITS
                    + " digits before the decimal point)";
        }
        BigDecimal meaningful = number.stripTrailingZeros();
        if (meaningful.scale() > MAX_DECIMALS) {
            return "must have at most " + MAX_DECIMALS + " decimal places";
        }
        if (meaningful.precision() > MAX_SIGNIFICANT_DIGITS) {
            return "must have at most " + MAX_SIGNIFICANT_DIGITS + " significant digits";
        }
        return null;
    }

    /** The canonical form of a number that {@link #problemWith(BigDecimal)} accepts: plain, at most 6 decimals. */
    public static BigDecimal canonical(BigDecimal number) {
        if (number.scale() < 0) {
            return number.setScale(0);
        }
        if (number.scale() > MAX_DECIMALS) {
            BigDecimal stripped = number.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return number;
    }

    /** The canonical form of a text that {@link #problemWith} accepts. */
    public static String canonical(String text, boolean multiLine) {
        String lines = multiLine ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        return Normalizer.normalize(lines, Normalizer.Form.NFC).strip();
    }

    private static Object canonical(Object value, String path, boolean multiLine,
                                    List<InvalidRequest.Violation> violations) {
        if (value instanceof String text) {
            String lines = multiLine ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
            String problem = problemWith(lines, multiLine);
            if (problem != null) {
                violations.add(new InvalidRequest.Violation(displayed(path), "Text", problem));
                return text;
            }
            return canonical(lines, multiLine);
        }
        if (value instanceof BigDecimal number) {
            String problem = problemWith(number);
            if (problem != null) {
                violations.add(new InvalidRequest.Violation(displayed(path), "Number", problem));
                return number;
            }
            return canonical(number);
        }
        if (value instanceof Record record) {
            return rebuilt(record, path, violations);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                items.add(canonical(list.get(i), path + "[" + i + "]", multiLine, violations));
            }
            return java.util.Collections.unmodifiableList(items);
        }
        return value;
    }

    private static Record rebuilt(Record record, String path, List<InvalidRequest.Violation> violations) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object original = read(components[i], record);
            String name = path.isEmpty() ? components[i].getName() : path + "." + components[i].getName();
            values[i] = original == null ? null
                    : canonical(original, name, components[i].isAnnotationPresent(MultiLine.class), violations);
            changed |= values[i] != original;
        }
        if (!changed) {
            return record;
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** A definition travels whole in commands but sits flat beside the code in requests: name its fields so. */
    private static String displayed(String path) {
        return path.replaceFirst("^(definition|change)\\.", "");
    }

    private static boolean isNoncharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
