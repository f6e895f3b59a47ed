package org.performanceledger.infra.web.pages.values;

import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A value as a form takes it: radios for what it holds (a number, TBC, not applicable, not yet available), each
 * revealing its own field: the number, or the reason there is none. Bound as a nested object ({@code value.state},
 * {@code value.number}, {@code value.tbcReason}, ...) and checked with {@link CompleteValue}.
 */
@CompleteValue
public class ValueInput {

    private ValueState state;
    private String number;
    private String tbcReason;
    private String notApplicableReason;
    private String notYetAvailableReason;

    /** The choices, in the order the radios show them, in words. */
    public static Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        states.put(ValueState.NUMBER.name(), "A number");
        states.put(ValueState.TBC.name(), "To be confirmed (TBC)");
        states.put(ValueState.NOT_APPLICABLE.name(), "Not applicable");
        states.put(ValueState.NOT_YET_AVAILABLE.name(), "Not yet available");
        return states;
    }

    /** The same value, ready for a form (a correction starts from the value it replaces). */
    public static ValueInput of(MeasuredValue value) {
        ValueInput input = new ValueInput();
        if (value == null) {
            return input;
        }
        input.state = value.state();
        if (value.state() == ValueState.NUMBER) {
            input.number = value.number() == null ? null : value.number().toPlainString();
        } else {
            input.setReason(value.state(), value.reason());
        }
        return input;
    }

    /** The value given, once {@link CompleteValue} holds. */
    public MeasuredValue toValue() {
        if (state == ValueState.NUMBER) {
            return MeasuredValue.of(parse(number).orElseThrow());
        }
        return new MeasuredValue(state, null, reason().strip());
    }

    /** The reason given for the chosen state; null for a number or no state. */
    public String reason() {
        return state == null ? null : switch (state) {
            case NUMBER -> null;
            case TBC -> tbcReason;
            case NOT_APPLICABLE -> notApplicableReason;
            case NOT_YET_AVAILABLE -> notYetAvailableReason;
        };
    }

    /** The property (of this object) holding the reason for a state: where a refusal of the reason belongs. */
    public static String reasonProperty(ValueState state) {
        return switch (state == null ? ValueState.TBC : state) {
            case NUMBER -> "number";
            case TBC -> "tbcReason";
            case NOT_APPLICABLE -> "notApplicableReason";
            case NOT_YET_AVAILABLE -> "notYetAvailableReason";
        };
    }

    /**
     * A number as people type it: {@code 6.18}, {@code 1,500}, {@code 86.6%}; empty when it is none. Commas,
     * spaces and a trailing per cent sign are left out.
     */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String plain = typed.strip().replace(",", "").replace(" ", "");
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        if (!plain.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    private void setReason(ValueState state, String reason) {
        switch (state) {
            case TBC -> tbcReason = reason;
            case NOT_APPLICABLE -> notApplicableReason = reason;
            case NOT_YET_AVAILABLE -> notYetAvailableReason = reason;
            case NUMBER -> {
            }
        }
    }

    public ValueState getState() {
        return state;
    }

    public void setState(ValueState state) {
        this.state = state;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTbcReason() {
        return tbcReason;
    }

    public void setTbcReason(String tbcReason) {
        this.tbcReason = tbcReason;
    }

    public String getNotApplicableReason() {
        return notApplicableReason;
    }

    public void setNotApplicableReason(String notApplicableReason) {
        this.notApplicableReason = notApplicableReason;
    }

    public String getNotYetAvailableReason() {
        return notYetAvailableReason;
    }

    public void setNotYetAvailableReason(String notYetAvailableReason) {
        this.notYetAvailableReason = notYetAvailableReason;
    }
}
