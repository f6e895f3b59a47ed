package org.performanceledger.imports.cells;

import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads a value as returned ({@code 86.60%}, {@code TBC}, {@code N/A}) and a target ({@code 95%}, {@code 57-67}). */
public final class ValuesAndTargets {

    private ValuesAndTargets() {
    }

    /** A value as returned: a number, TBC, N/A or not yet available (these three need a reason). */
    public static MeasuredValue value(String text, String reason) throws CellException {
        String w = Words.words(text);
        if (Words.isTbc(text)) {
            return new MeasuredValue(ValueState.TBC, null, reason);
        }
        if (Words.isNotApplicable(text)) {
            return new MeasuredValue(ValueState.NOT_APPLICABLE, null, reason);
        }
        if (w.equals("notyetavailable") || w.equals("nya")) {
            return new MeasuredValue(ValueState.NOT_YET_AVAILABLE, null, reason);
        }
        try {
            return MeasuredValue.of(Numbers.number(text));
        } catch (CellException e) {
            throw new CellException("'" + text + "' is not a value: a number (4,544 86.60% £140k), TBC, N/A or "
                    + "Not yet available");
        }
    }

    /** A target: a number, a range, TBC, or words. */
    public static Target target(String text) throws CellException {
        if (Words.isTbc(text)) {
            return new Target(TargetKind.TBC, null, null, null, null);
        }
        Optional<BigDecimal[]> range = Numbers.range(text);
        if (range.isPresent()) {
            return new Target(TargetKind.RANGE, null, range.get()[0], range.get()[1], null);
        }
        try {
            return new Target(TargetKind.NUMBER, Numbers.number(text), null, null, null);
        } catch (CellException notANumber) {
            if (!text.matches(".*[A-Za-z].*")) {
                throw new CellException("'" + text + "' is not a target: a number (95%, 4,580), a range (57-67), "
                        + "TBC, or words");
            }
            return new Target(TargetKind.TEXT, null, null, null, text.strip());
        }
    }
}
