package org.performanceledger.events;

/**
 * The form of a target.
 * Stored in events: never rename a constant, only add.
 */
public enum TargetKind {
    NUMBER, RANGE, TEXT, TBC
}
