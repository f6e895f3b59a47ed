package org.performanceledger.events;

import java.math.BigDecimal;

/** Numbers compared by value, as people read them: 97.5 is 97.50. */
final class Numbers {

    private Numbers() {
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }
}
