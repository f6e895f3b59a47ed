package org.performanceledger.events;

/**
 * Kinds of external comparison shown beside an indicator.
 * Stored in events: never rename a constant, only add.
 */
public enum ComparatorKind {
    STATISTICAL_NEIGHBOUR, ENGLAND_AVERAGE, FLOOR_STANDARD, BENCHMARK
}
