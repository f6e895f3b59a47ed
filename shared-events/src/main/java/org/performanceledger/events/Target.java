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
public record Target(TargetKind kind, BigDecimal number, BigDecimal lower, BigDecimal upper, String text) {
}
