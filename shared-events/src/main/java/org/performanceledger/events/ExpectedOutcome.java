package org.performanceledger.events;

/**
 * The managing officer's judgement of the year-end result. Declared, never computed.
 * Stored in events: never rename a constant, only add.
 */
public enum ExpectedOutcome {
    ON_COURSE, SOME_SLIPPAGE, AT_RISK, NO_VALUE
}
