package org.performanceledger.events;

/**
 * How often an indicator is measured.
 * Stored in events: never rename a constant, only add.
 */
public enum Frequency {
    MONTHLY, QUARTERLY, TERMLY, ANNUAL
}
