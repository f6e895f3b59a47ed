package org.performanceledger.query.report;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueState;
import org.performanceledger.query.report.PerformanceReport.Legend;
import org.performanceledger.query.report.ReportCells.Cell;
import org.performanceledger.query.report.ReportCells.SymbolCell;
import org.performanceledger.query.status.DirectionOfTravel;
import org.performanceledger.query.status.Status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and numbers of a report, as the source prints them: numbers in the indicator's unit and decimal places
 * ("86.60%", "4,969,171", "£140k"), targets ("57-67"), statuses, the expected outcome's symbols and the arrows of
 * the direction of travel, each with words for a screen reader.
 */
public final class ReportText {

    /** Reports are read in UK time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", Locale.UK);

    /** What a report prints where a period has no value: every format says it in these words. */
    public static final String NO_VALUE = "No value recorded";
    /** Where a period has no target of its own (the source prints "-"; a word needs no explaining or escaping). */
    public static final String NO_TARGET = "No target";
    /** Where an indicator's definition leaves a detail out (managed by, year introduced, responsible unit...). */
    public static final String NOT_GIVEN = "Not given";
    /** Where an indicator has no tolerance, stretch target or floor standard. */
    public static final String NONE_SET = "None set";
    /** Where an indicator that should carry commentary has none. */
    public static final String NO_COMMENTARY = "No commentary recorded";
    /** The heading of the indicators that belong to no corporate aim, wherever aims head a group. */
    public static final String WITHOUT_AIM = "Indicators without a corporate aim";

    private ReportText() {
    }

    /** An aim as headings name it: "Aim: SAFE", or {@link #WITHOUT_AIM} for none. */
    public static String aimTitle(String aim) {
        return aim == null ? WITHOUT_AIM : "Aim: " + aim;
    }

    /** Where a report was drawn from: "Drawn from the ledger through event 604". */
    public static String drawnThrough(Long position) {
        return position == null ? "The position of the ledger it was drawn from is not known"
                : "Drawn from the ledger through event " + position;
    }

    /** An activity indicator's expected range for a period, as a target column prints it: "Expected 3,000-4,000". */
    public static String expectedRange(BigDecimal lower, BigDecimal upper, String unit, Integer decimalPlaces) {
        return "Expected " + number(lower, numberUnit(unit), decimalPlaces) + "-" + number(upper, unit,
                decimalPlaces);
    }

    /**
     * The terms a target is judged on besides itself, in words: "Tolerance 5.0% of target; Stretch target 40; Floor
     * standard 6.5%", each left out when not set; {@link #NONE_SET} when none is.
     */
    public static String targetTerms(String tolerance, String stretchTarget, String floorStandard) {
        List<String> terms = new ArrayList<>();
        if (tolerance != null && !tolerance.isBlank()) {
            terms.add("Tolerance " + tolerance);
        }
        if (stretchTarget != null && !stretchTarget.isBlank()) {
            terms.add("Stretch target " + stretchTarget);
        }
        if (floorStandard != null && !floorStandard.isBlank()) {
            terms.add("Floor standard " + floorStandard);
        }
        return terms.isEmpty() ? NONE_SET : String.join("; ", terms);
    }

    /**
     * A number in the unit: {@code %} after it ("86.60%"), {@code £} before it with what follows the pound sign
     * after ("£140k" for the unit {@code £k}), a word unit after a space ("26 points"), {@code number} or no unit
     * bare. With decimal places set it is rounded to them; otherwise it is shown as recorded (as printed).
     */
    public static String number(BigDecimal number, String unit, Integer decimalPlaces) {
        if (number == null) {
            return "";
        }
        BigDecimal shown = decimalPlaces == null ? number : number.setScale(decimalPlaces, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(Math.max(shown.scale(), 0));
        format.setMaximumFractionDigits(Math.max(shown.scale(), 0));
        String digits = format.format(shown);
        if (unit == null || unit.isBlank() || unit.equalsIgnoreCase("number")) {
            return digits;
        }
        if (unit.equals("%")) {
            return digits + "%";
        }
        if (unit.startsWith("£")) {
            return (digits.startsWith("-") ? "-£" + digits.substring(1) : "£" + digits) + unit.substring(1);
        }
        return digits + " " + unit;
    }

    /**
     * A value as the report prints it: the number in its unit, or TBC, N/A, "Not yet available"; none is
     * {@link #NO_VALUE}.
     */
    public static String value(MeasuredValue value, String unit, Integer decimalPlaces) {
        if (value == null) {
            return NO_VALUE;
        }
        if (value.state() == ValueState.NUMBER) {
            return number(value.number(), unit, decimalPlaces);
        }
        return value.state() == ValueState.NOT_APPLICABLE ? "N/A" : value.state().words();
    }

    /**
     * A target as the report prints it: "90%", "57-67" (with {@code rangeSeparator} between), "TBC",
     * {@link #NO_TARGET} for none.
     */
    public static String target(Target target, String unit, Integer decimalPlaces, String rangeSeparator) {
        if (target == null || target.kind() == null) {
            return NO_TARGET;
        }
        return switch (target.kind()) {
            case NUMBER -> number(target.number(), unit, decimalPlaces);
            case RANGE -> number(target.lower(), numberUnit(unit), decimalPlaces) + rangeSeparator
                    + number(target.upper(), unit, decimalPlaces);
            case TEXT -> target.text();
            case TBC -> "TBC";
        };
    }

    /** A tolerance: "5 points" in the unit, or "5.0% of target". */
    public static String tolerance(Tolerance tolerance, String unit, Integer decimalPlaces) {
        if (tolerance == null || tolerance.amount() == null) {
            return "";
        }
        return tolerance.kind() == ToleranceKind.RELATIVE_PERCENT ? tolerance.amount().toPlainString()
                + "% of target" : number(tolerance.amount(), unit, decimalPlaces);
    }

    /** A moment as reports date it, UK time: "22 February 2019 10:31". */
    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(UK));
    }

    public static Cell status(Status status) {
        return new Cell(status.name(), switch (status) {
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case YELLOW -> "Yellow";
            case RED -> "Red";
            case TBC -> "TBC";
            case WITHIN_RANGE -> "Within expected range";
            case ABOVE_RANGE -> "Above expected range";
            case BELOW_RANGE -> "Below expected range";
            case NO_STATUS -> "No status";
        });
    }

    /** What each status of a scheme means, worst first, then the activity indicators' places. */
    public static List<Legend> legend(StatusScheme scheme) {
        List<Legend> legend = new ArrayList<>();
        for (String state : scheme.states()) {
            Status status = Status.valueOf(state);
            legend.add(new Legend(state, null, status(status).text(), meaning(scheme, status)));
        }
        for (Status place : List.of(Status.BELOW_RANGE, Status.WITHIN_RANGE, Status.ABOVE_RANGE)) {
            legend.add(new Legend(place.name(), null, status(place).text(),
                    "An activity indicator's value against its expected range: notable, not good or bad"));
        }
        return legend;
    }

    private static String meaning(StatusScheme scheme, Status status) {
        boolean five = scheme == StatusScheme.FIVE_STATE;
        return switch (status) {
            case RED -> five ? "Not on target and outside tolerance" : "Worse than target beyond its tolerance";
            case AMBER -> five ? "Not on target and outside tolerance, but an improvement on the previous period"
                    : "Worse than target but within its tolerance";
            case YELLOW -> "Not on target but within tolerance";
            case GREEN -> "On or exceeding target";
            case TBC -> "The value or the target is still to be confirmed";
            default -> status(status).text();
        };
    }

    /** The symbols the source prints for expected outcomes. */
    public static SymbolCell outcome(ExpectedOutcome outcome) {
        if (outcome == null) {
            return new SymbolCell(null, "", "Not declared");
        }
        return new SymbolCell(outcome.name(), switch (outcome) {
            case ON_COURSE -> "✔";
            case SOME_SLIPPAGE -> "⚠";
            case AT_RISK -> "●";
            case NO_VALUE -> "-";
        }, outcome.words());
    }

    /** An arrow and words: ↑ better, ↓ worse, ↔ the same, - no comparison, against {@code what}. */
    public static SymbolCell direction(DirectionOfTravel direction, String what) {
        return new SymbolCell(direction.name(), switch (direction) {
            case BETTER -> "↑";
            case WORSE -> "↓";
            case SAME -> "↔";
            case NO_COMPARISON -> "-";
            case NOT_APPLICABLE -> "";
        }, switch (direction) {
            case BETTER -> "Better than " + what;
            case WORSE -> "Worse than " + what;
            case SAME -> "The same as " + what;
            case NO_COMPARISON -> "No comparison with " + what;
            case NOT_APPLICABLE -> "Not applicable: an activity indicator is neither better nor worse";
        });
    }

    public static List<Legend> outcomeLegend() {
        List<Legend> legend = new ArrayList<>();
        for (ExpectedOutcome outcome : ExpectedOutcome.values()) {
            SymbolCell cell = outcome(outcome);
            legend.add(new Legend(cell.value(), cell.symbol(), cell.text(), "The managing officer's expectation "
                    + "for the year: " + cell.text().toLowerCase(Locale.UK)));
        }
        return legend;
    }

    public static List<Legend> directionLegend() {
        List<Legend> legend = new ArrayList<>();
        for (DirectionOfTravel direction : List.of(DirectionOfTravel.BETTER, DirectionOfTravel.SAME,
                DirectionOfTravel.WORSE, DirectionOfTravel.NO_COMPARISON)) {
            SymbolCell cell = direction(direction, "the period compared");
            legend.add(new Legend(cell.value(), cell.symbol(), cell.text(), null));
        }
        return legend;
    }

    /** The unit of a range's lower bound: "57-67" prints the unit once, after the upper bound ("£" goes before). */
    private static String numberUnit(String unit) {
        return unit != null && unit.startsWith("£") ? unit : null;
    }
}
