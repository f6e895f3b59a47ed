package org.performanceledger.events;

/**
 * What a return holds: a number, or why there is none.
 * Stored in events: never rename a constant, only add.
 */
public enum ValueState {
    NUMBER, TBC, NOT_APPLICABLE, NOT_YET_AVAILABLE
}
