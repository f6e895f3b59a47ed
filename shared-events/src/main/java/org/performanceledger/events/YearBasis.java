package org.performanceledger.events;

/**
 * Which year an indicator's periods belong to: financial (April to March) or academic (September to August).
 * Stored in events: never rename a constant, only add.
 */
public enum YearBasis implements Worded {
    FINANCIAL("Financial year (April to March)"),
    ACADEMIC("Academic year (September to August)");

    private final String words;

    YearBasis(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
