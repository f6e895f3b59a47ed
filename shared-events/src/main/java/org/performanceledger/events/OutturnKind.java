package org.performanceledger.events;

/** Which outturn of a year: first estimated, then final, sometimes revised again. Stored in events: only add. */
public enum OutturnKind {
    ESTIMATED, FINAL, REVISED
}
