package org.performanceledger.events;

import java.math.BigDecimal;

/**
 * How far from target still counts as amber: {@code 5 cases} or {@code 6 points} (ABSOLUTE, in the indicator's
 * unit) or {@code 5.0%} of the target (RELATIVE_PERCENT).
 */
public record Tolerance(ToleranceKind kind, BigDecimal amount) implements Worded {

    /** True when both allow the same, whatever the scale of the amount (5 is 5.0). */
    public static boolean same(Tolerance a, Tolerance b) {
        return a == null || b == null ? a == b : a.kind == b.kind && Numbers.same(a.amount, b.amount);
    }

    /** As reports write it: {@code 5 points} for an absolute tolerance, {@code 5.0%} of the target for a relative one. */
    @Override
    public String words() {
        if (kind == null || amount == null) {
            return "none";
        }
        return kind == ToleranceKind.RELATIVE_PERCENT ? amount.toPlainString() + "% of target"
                : amount.toPlainString();
    }
}
