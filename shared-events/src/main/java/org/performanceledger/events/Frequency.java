package org.performanceledger.events;

/**
 * How often an indicator is measured.
 * Stored in events: never rename a constant, only add.
 */
public enum Frequency implements Worded {
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly"),
    TERMLY("Termly"),
    ANNUAL("Annual");

    private final String words;

    Frequency(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
