package org.performanceledger.imports.cells;

import org.performanceledger.events.Basis;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.LabelledField;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.performanceledger.imports.cells.Words.byName;
import static org.performanceledger.imports.cells.Words.words;

/**
 * Reads the columns that take one of a few words, in the wordings reports use: polarity ({@code Aim to Maximise},
 * {@code Higher is better}), basis, frequency, year basis, expected outcome ({@code On course}, {@code ✔}) and
 * outturn; and any other choice by its words or its name.
 */
public final class Choices {

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

    private Choices() {
    }

    public static Polarity polarity(String text) throws CellException {
        String w = words(text.replaceAll("[↑↓↔]", ""));
        Polarity polarity = POLARITIES.get(w);
        if (polarity == null) {
            throw new CellException("'" + text + "' is not a polarity: Aim to Maximise (Higher is better), "
                    + "Aim to Minimise (Lower is better), Goldilocks (a target range) or Activity");
        }
        return polarity;
    }

    public static Basis basis(String text) throws CellException {
        Optional<Basis> basis = byName(Basis.class, text);
        if (basis.isPresent()) {
            return basis.get();
        }
        throw new CellException("'" + text + "' is not a basis: Monthly Snapshot, Cumulative YTD, YTD Snapshot, "
                + "Rolling Quarter or YTD Average");
    }

    /** The basis a short name ends with in brackets, as reports print it: {@code ... [Cumulative YTD]}. */
    public static Optional<Basis> basisInName(String shortName) {
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

    public static Frequency frequency(String text) throws CellException {
        return switch (words(text)) {
            case "monthly", "month" -> Frequency.MONTHLY;
            case "quarterly", "quarter" -> Frequency.QUARTERLY;
            case "termly", "term" -> Frequency.TERMLY;
            case "annual", "annually", "yearly" -> Frequency.ANNUAL;
            default -> throw new CellException("'" + text + "' is not a frequency: Monthly, Quarterly, Termly or "
                    + "Annual");
        };
    }

    public static YearBasis yearBasis(String text) throws CellException {
        return switch (words(text)) {
            case "financial", "financialyear" -> YearBasis.FINANCIAL;
            case "academic", "academicyear" -> YearBasis.ACADEMIC;
            default -> throw new CellException("'" + text + "' is not a year basis: Financial or Academic");
        };
    }

    /**
     * One of a choice's values ({@code type}, an enum), by its words ({@code Aim to Maximise}) or its name
     * ({@code MAXIMISE}), however cased, spaced or punctuated: how a field of a definition without a reader of its
     * own is read. {@code label} names the field in the refusal, which lists the words it takes.
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String label, String text) throws CellException {
        String given = words(text);
        for (E value : type.getEnumConstants()) {
            if (words(LabelledField.words(value)).equals(given) || words(value.name()).equals(given)) {
                return value;
            }
        }
        List<String> all = Arrays.stream(type.getEnumConstants()).map(LabelledField::words).toList();
        throw new CellException("'" + text + "' is not a " + label.toLowerCase(Locale.ROOT) + ": "
                + String.join(", ", all.subList(0, all.size() - 1)) + (all.size() > 1 ? " or " : "")
                + all.get(all.size() - 1));
    }

    public static ExpectedOutcome expectedOutcome(String text) throws CellException {
        String t = text.strip();
        ExpectedOutcome outcome = OUTCOMES.containsKey(t) ? OUTCOMES.get(t) : OUTCOMES.get(words(t));
        if (outcome == null) {
            throw new CellException("'" + text + "' is not an expected outcome: On course to achieve target, "
                    + "Some slippage against target, At risk of missing target or No Value");
        }
        return outcome;
    }

    public static OutturnKind outturn(String text) throws CellException {
        Optional<OutturnKind> kind = byName(OutturnKind.class, text);
        if (kind.isPresent()) {
            return kind.get();
        }
        throw new CellException("'" + text + "' is not an outturn: Estimated, Final or Revised");
    }
}
