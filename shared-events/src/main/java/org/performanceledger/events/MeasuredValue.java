package org.performanceledger.events;

import java.math.BigDecimal;

/**
 * A reported value: a number, or the reason there is none (TBC, not applicable, not yet available).
 *
 * @param state  what the return holds
 * @param number the value when {@code state} is NUMBER, else null
 * @param reason why there is no number; null for NUMBER
 */
public record MeasuredValue(ValueState state, BigDecimal number, String reason) implements Worded {

    public static MeasuredValue of(BigDecimal number) {
        return new MeasuredValue(ValueState.NUMBER, number, null);
    }

    /** True when both say the same, whatever the scale of the number (1.5 equals 1.50). */
    public boolean sameAs(MeasuredValue other) {
        if (other == null || state != other.state) {
            return false;
        }
        return state == ValueState.NUMBER ? Numbers.same(number, other.number)
                : java.util.Objects.equals(reason, other.reason);
    }

    /** As reports and the audit trail write it: {@code 6.18}, {@code TBC (awaiting data)}, {@code Not applicable}. */
    @Override
    public String words() {
        if (state == ValueState.NUMBER) {
            return number == null ? "none" : number.toPlainString();
        }
        return state.words() + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
    }
}
