package org.performanceledger.events;

/** Which outturn of a year: first estimated, then final, sometimes revised again. Stored in events: only add. */
public enum OutturnKind implements Worded {
    ESTIMATED("Estimated"),
    FINAL("Final"),
    REVISED("Revised");

    private final String words;

    OutturnKind(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
