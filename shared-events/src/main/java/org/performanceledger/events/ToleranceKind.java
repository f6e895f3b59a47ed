package org.performanceledger.events;

/**
 * How far from target still counts as amber: in the indicator's unit (ABSOLUTE), or as a percentage of the target
 * (RELATIVE_PERCENT). Stored in events: only add.
 */
public enum ToleranceKind {
    ABSOLUTE, RELATIVE_PERCENT
}
