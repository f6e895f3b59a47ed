package org.performanceledger.events;

/**
 * How far from target still counts as amber: in the indicator's unit (ABSOLUTE), or as a percentage of the target
 * (RELATIVE_PERCENT). Stored in events: only add.
 */
public enum ToleranceKind implements Worded {
    ABSOLUTE("In the indicator's unit"),
    RELATIVE_PERCENT("Percentage of the target");

    private final String words;

    ToleranceKind(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
