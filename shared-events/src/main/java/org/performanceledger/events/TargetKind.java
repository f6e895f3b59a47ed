package org.performanceledger.events;

/**
 * The form of a target.
 * Stored in events: never rename a constant, only add.
 */
public enum TargetKind implements Worded {
    NUMBER("Number"),
    RANGE("Range"),
    TEXT("Text"),
    TBC("To be confirmed");

    private final String words;

    TargetKind(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
