package org.performanceledger.events;

/**
 * What a return holds: a number, or why there is none.
 * Stored in events: never rename a constant, only add.
 */
public enum ValueState implements Worded {
    NUMBER("Number"),
    TBC("TBC"),
    NOT_APPLICABLE("Not applicable"),
    NOT_YET_AVAILABLE("Not yet available");

    private final String words;

    ValueState(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
