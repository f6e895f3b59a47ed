package org.performanceledger.events;

/**
 * Which year an indicator's periods belong to: financial (April to March) or academic (September to August).
 * Stored in events: never rename a constant, only add.
 */
public enum YearBasis {
    FINANCIAL, ACADEMIC
}
