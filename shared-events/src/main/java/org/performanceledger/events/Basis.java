package org.performanceledger.events;

/**
 * How a period's value accumulates (the bracket in an indicator's short name).
 * Stored in events: never rename a constant, only add.
 */
public enum Basis implements Worded {
    MONTHLY_SNAPSHOT("Monthly Snapshot"),
    CUMULATIVE_YTD("Cumulative YTD"),
    YTD_SNAPSHOT("YTD Snapshot"),
    ROLLING_QUARTER("Rolling Quarter"),
    YTD_AVERAGE("Year to date average");

    private final String words;

    Basis(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
