package org.performanceledger.infra.mongo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes acknowledged writes durable with as few commits of the data file as callers allow: a caller whose writes a
 * commit already in progress cannot cover waits for it and then commits everything written meanwhile, for itself
 * and for every caller that arrived while it waited. Eight writers each needing a forced write of the file then
 * share one, where they would otherwise queue for eight.
 * <p>
 * Each caller takes a ticket after its writes have been applied. A commit covers the highest ticket issued before it
 * starts: every write of those tickets' callers was applied before the commit began, so it is in the commit. A caller
 * whose ticket a finished commit covers returns at once, without queueing behind the next commit.
 */
final class GroupCommit {

    private final Runnable durableCommit;
    private final AtomicLong issued = new AtomicLong();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: the highest ticket a finished commit covers, and whether one is running. */
    private long committed;
    private boolean committing;

    /** @param durableCommit writes everything applied so far to the file (and forces it to disk if asked to) */
    GroupCommit(Runnable durableCommit) {
        this.durableCommit = durableCommit;
    }

    /** Returns once every write applied before the call is in the file (and, with fsync, on the disk). */
    void commit() {
        long ticket = issued.incrementAndGet();
        synchronized (lock) {
            while (true) {
                if (committed >= ticket) {
                    return;
                }
                if (!committing) {
                    committing = true;
                    break;
                }
                waitForTheRunningCommit();
            }
        }
        long covers = issued.get();
        boolean done = false;
        try {
            durableCommit.run();
            done = true;
        } finally {
            synchronized (lock) {
                committing = false;
                if (done) {
                    committed = Math.max(committed, covers);
                }
                // Those covered return; of the others, one commits next (after a failure, each tries its own).
                lock.notifyAll();
            }
        }
    }

    private void waitForTheRunningCommit() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the data file to be committed; the "
                    + "write was applied but may not be durable", e);
        }
    }
}
