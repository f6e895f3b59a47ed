package org.performanceledger.events;

/**
 * The managing officer's judgement of the year-end result. Declared, never computed.
 * Stored in events: never rename a constant, only add.
 */
public enum ExpectedOutcome implements Worded {
    ON_COURSE("On course to achieve target"),
    SOME_SLIPPAGE("Some slippage against target"),
    AT_RISK("At risk of missing target"),
    NO_VALUE("No value");

    private final String words;

    ExpectedOutcome(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
