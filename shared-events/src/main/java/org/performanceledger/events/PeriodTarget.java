package org.performanceledger.events;

import java.math.BigDecimal;

/**
 * One period's entry in a target profile: the target for that period (for a cumulative basis, the running total the
 * profile expects), or for an activity indicator the lower and upper expected values.
 *
 * @param period the period, e.g. {@code 2018-04}
 * @param target the period's target; null for an activity range
 * @param lower  the lower expected value of an activity indicator; else null
 * @param upper  the upper expected value of an activity indicator; else null
 */
public record PeriodTarget(String period, BigDecimal target, BigDecimal lower, BigDecimal upper) {

    /** True when both give the same period the same target or range, whatever the scale of their numbers. */
    public boolean sameAs(PeriodTarget other) {
        return other != null && java.util.Objects.equals(period, other.period) && Numbers.same(target, other.target)
                && Numbers.same(lower, other.lower) && Numbers.same(upper, other.upper);
    }

    /** True when two profiles give the same periods the same targets, in the same order; null is empty. */
    public static boolean same(java.util.List<PeriodTarget> a, java.util.List<PeriodTarget> b) {
        java.util.List<PeriodTarget> left = a == null ? java.util.List.of() : a;
        java.util.List<PeriodTarget> right = b == null ? java.util.List.of() : b;
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!left.get(i).sameAs(right.get(i))) {
                return false;
            }
        }
        return true;
    }
}
