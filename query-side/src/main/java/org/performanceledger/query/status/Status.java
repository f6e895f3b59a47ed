package org.performanceledger.query.status;

/** An indicator's status for a period: RAG for good/bad indicators, position against the range for activity ones. */
public enum Status {
    /** On or better than target. */
    GREEN,
    /**
     * Three-state schemes: worse than target but within tolerance. The five-state scheme: not on target, outside
     * tolerance, but better than before (its direction of travel).
     */
    AMBER,
    /** The five-state scheme only: not on target but within tolerance. */
    YELLOW,
    /** Worse than target beyond tolerance (or with no tolerance). */
    RED,
    /** Activity indicator inside its expected range. */
    WITHIN_RANGE,
    /** Activity indicator above its expected range: notable, not bad. */
    ABOVE_RANGE,
    /** Activity indicator below its expected range: notable, not bad. */
    BELOW_RANGE,
    /** Schemes with a TBC state: the value or the target is still to be confirmed. */
    TBC,
    /** No target, a target to be confirmed or in words, or no value: no status is computed. */
    NO_STATUS
}
