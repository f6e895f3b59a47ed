package org.performanceledger.events;

/**
 * Kinds of external comparison shown beside an indicator.
 * Stored in events: never rename a constant, only add.
 */
public enum ComparatorKind implements Worded {
    STATISTICAL_NEIGHBOUR("Statistical neighbour average"),
    ENGLAND_AVERAGE("England average"),
    FLOOR_STANDARD("Floor standard"),
    BENCHMARK("Benchmark");

    private final String words;

    ComparatorKind(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
