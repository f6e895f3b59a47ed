package org.performanceledger.events;

import java.math.BigDecimal;

/**
 * How far from target still counts as amber: {@code 5 cases} or {@code 6 points} (ABSOLUTE, in the indicator's
 * unit) or {@code 5.0%} of the target (RELATIVE_PERCENT).
 */
public record Tolerance(ToleranceKind kind, BigDecimal amount) {
}
