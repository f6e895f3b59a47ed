package org.performanceledger.events;

import java.math.BigDecimal;

/**
 * An external comparison for an indicator: statistical neighbours, the England average, a floor standard or a
 * benchmark, with the period it refers to and where it comes from.
 *
 * @param kind   which comparison
 * @param value  its value, in the indicator's unit
 * @param period what period it describes, as the source says it (e.g. {@code 2017-18}, {@code Mar-19})
 * @param source where it comes from, e.g. "LAIT", "DfE SFR"
 */
public record Comparator(ComparatorKind kind, BigDecimal value, String period, String source) {
}
