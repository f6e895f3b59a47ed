package org.performanceledger.events;

/**
 * How a period's value accumulates (the bracket in an indicator's short name).
 * Stored in events: never rename a constant, only add.
 */
public enum Basis {
    MONTHLY_SNAPSHOT, CUMULATIVE_YTD, YTD_SNAPSHOT, ROLLING_QUARTER, YTD_AVERAGE
}
