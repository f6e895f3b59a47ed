package org.performanceledger.infra.mongo;

/**
 * Called after events are written and before the command that wrote them is acknowledged:
 * when it returns, those events survive a crash.
 */
@FunctionalInterface
public interface DurabilityBarrier {

    /** For a real MongoDB the journaled majority write concern already gives this, so nothing is left to do. */
    DurabilityBarrier WRITE_CONCERN = () -> {
    };

    void flush();
}
