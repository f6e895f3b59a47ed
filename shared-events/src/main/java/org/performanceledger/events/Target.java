package org.performanceledger.events;

import java.math.BigDecimal;

/**
 * A target as set: a number, a range ({@code 57-67}), a text ("Good – aspire to outstanding") or to be confirmed.
 *
 * @param kind   which form
 * @param number the target for NUMBER
 * @param lower  the lower bound for RANGE
 * @param upper  the upper bound for RANGE
 * @param text   the words for TEXT, or a note for TBC
 */
public record Target(TargetKind kind, BigDecimal number, BigDecimal lower, BigDecimal upper, String text)
        implements Worded {

    public static Target number(BigDecimal number) {
        return new Target(TargetKind.NUMBER, number, null, null, null);
    }

    /** True when both set the same target, whatever the scale of their numbers (97.5 is 97.50). */
    public boolean sameAs(Target other) {
        return other != null && kind == other.kind && Numbers.same(number, other.number)
                && Numbers.same(lower, other.lower) && Numbers.same(upper, other.upper)
                && Texts.same(text, other.text);
    }

    /** True when both are the same target or both are none. */
    public static boolean same(Target a, Target b) {
        return a == null ? b == null : a.sameAs(b);
    }

    /** As reports write it: {@code 6.18}, {@code 57-67}, the text, or {@code TBC}. */
    @Override
    public String words() {
        if (kind == null) {
            return "none";
        }
        return switch (kind) {
            case NUMBER -> number.toPlainString();
            case RANGE -> lower.toPlainString() + "-" + upper.toPlainString();
            case TEXT -> text;
            case TBC -> "TBC" + (text == null || text.isBlank() ? "" : " (" + text + ")");
        };
    }
}
