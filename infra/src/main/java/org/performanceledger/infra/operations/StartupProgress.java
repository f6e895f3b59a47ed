package org.performanceledger.infra.operations;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the start-up work that must finish before the ledger serves people has finished: the demo data, when the
 * demo profile loads it. Without demo data there is nothing to wait for.
 */
public final class StartupProgress {

    private final AtomicBoolean demoDataLoaded;

    public StartupProgress(boolean demoDataExpected) {
        this.demoDataLoaded = new AtomicBoolean(!demoDataExpected);
    }

    public void demoDataLoaded() {
        demoDataLoaded.set(true);
    }

    public boolean isDemoDataLoaded() {
        return demoDataLoaded.get();
    }
}
