package org.performanceledger.events;

/**
 * Which way is good for an indicator. The names are part of the stored events and the public API:
 * never rename a constant, only add.
 */
public enum Polarity implements Worded {
    /** Aim to maximise: higher is better. */
    MAXIMISE("Aim to Maximise"),
    /** Aim to minimise: lower is better. */
    MINIMISE("Aim to Minimise"),
    /** A target range ("Goldilocks"): inside the range is good, either side is worse. */
    RANGE("Goldilocks"),
    /** An activity indicator: an expected range where outside is notable, not good or bad. */
    ACTIVITY("Activity (expected range)");

    private final String words;

    Polarity(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
