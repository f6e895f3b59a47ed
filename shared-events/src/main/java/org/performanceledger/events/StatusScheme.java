package org.performanceledger.events;

import java.util.List;

/**
 * The statuses an organisation rates its indicators in, chosen by the organisation ({@link StatusSchemeChosen}) and
 * applied in every report. Stored in events: never rename a constant, only add.
 */
public enum StatusScheme implements Worded {
    /** Red, amber (within tolerance), green: the ledger's default. */
    THREE_STATE("Red, amber, green", List.of("RED", "AMBER", "GREEN")),
    /** As {@link #THREE_STATE}, and TBC where the value or the target is still to be confirmed. */
    THREE_STATE_WITH_TBC("Red, amber, green and TBC", List.of("RED", "AMBER", "GREEN", "TBC")),
    /**
     * Red; amber: not on target and outside tolerance but improving; yellow: not on target but within tolerance;
     * green; TBC (Slough Children's Services Trust's key).
     */
    FIVE_STATE("Red, amber, yellow, green and TBC", List.of("RED", "AMBER", "YELLOW", "GREEN", "TBC"));

    private final String words;
    private final List<String> states;

    StatusScheme(String words, List<String> states) {
        this.words = words;
        this.states = states;
    }

    /** The names of the statuses it rates in, worst first. */
    public List<String> states() {
        return states;
    }

    @Override
    public String words() {
        return words;
    }
}
