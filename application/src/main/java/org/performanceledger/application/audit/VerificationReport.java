package org.performanceledger.application.audit;

/**
 * What a verification of the whole event store found.
 *
 * @param intact             true when every event matches its hash, its aggregate's chain and every checkpoint
 * @param verifiedThrough    the global index verified up to (the last stored event, or the one before the problem)
 * @param digest             the running digest through {@code verifiedThrough}: keep it; a later verification
 *                           must reproduce it
 * @param sealedThrough      the last global index covered by a checkpoint
 * @param eventsChecked      how many events were recomputed
 * @param checkpointsChecked how many checkpoints were compared
 * @param millis             how long it took
 * @param problem            the first thing wrong, or null when intact
 */
public record VerificationReport(boolean intact, long verifiedThrough, String digest, long sealedThrough,
                                 long eventsChecked, long checkpointsChecked, long millis, Problem problem) {

    /** How the store differs from what was recorded. */
    public enum Kind {
        /** An event's content no longer matches its hash, or the hash its successor holds. */
        ALTERED,
        /** An event that was recorded is gone. */
        DELETED,
        /** An event is present that was never recorded in that place. */
        INSERTED,
        /** Events are present but not in the order they were recorded. */
        REORDERED
    }

    /**
     * @param globalIndex the first global index where the store differs
     * @param aggregateId the stream of the event at fault, when known
     * @param sequence    its sequence number in that stream, when known
     * @param kind        what kind of difference
     * @param detail      what exactly was found, in words
     */
    public record Problem(long globalIndex, String aggregateId, Long sequence, Kind kind, String detail) {
    }

    public double eventsPerSecond() {
        return millis == 0 ? eventsChecked * 1000.0 : eventsChecked * 1000.0 / millis;
    }

    /** One line for a log or a terminal. */
    public String summary() {
        if (intact) {
            return "Event store intact through global index " + verifiedThrough + ", digest " + digest
                    + " (sealed through " + sealedThrough + "; " + eventsChecked + " events, " + checkpointsChecked
                    + " checkpoints, " + millis + " ms)";
        }
        return "Event store NOT intact: " + problem.kind() + " at global index " + problem.globalIndex()
                + (problem.aggregateId() == null ? "" : " (aggregate " + problem.aggregateId() + ", sequence "
                + problem.sequence() + ")") + ": " + problem.detail() + "; intact through " + verifiedThrough;
    }
}
