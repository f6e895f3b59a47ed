package org.performanceledger.events;

/**
 * Which way is good for an indicator. The names are part of the stored events and the public API:
 * never rename a constant, only add.
 */
public enum Polarity {
    /** Aim to maximise: higher is better. */
    MAXIMISE,
    /** Aim to minimise: lower is better. */
    MINIMISE,
    /** A target range ("Goldilocks"): inside the range is good, either side is worse. */
    RANGE,
    /** An activity indicator: an expected range where outside is notable, not good or bad. */
    ACTIVITY
}
