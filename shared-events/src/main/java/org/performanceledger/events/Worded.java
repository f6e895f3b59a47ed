package org.performanceledger.events;

/** A value that has its own words for people: how reports, forms and the audit trail write it. */
public interface Worded {

    /** The value as a report or the audit trail writes it, e.g. "Aim to Maximise". */
    String words();
}
