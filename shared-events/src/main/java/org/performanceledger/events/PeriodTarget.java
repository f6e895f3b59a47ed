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
}
