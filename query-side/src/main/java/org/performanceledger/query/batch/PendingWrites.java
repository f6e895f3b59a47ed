package org.performanceledger.query.batch;

/** What a projection has changed in one batch of events and not yet stored. */
public interface PendingWrites {

    /** Stores every change not yet stored, in as few writes as the store allows; then nothing is pending. */
    void flush();
}
