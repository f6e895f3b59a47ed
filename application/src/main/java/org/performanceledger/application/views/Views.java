package org.performanceledger.application.views;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;

import java.time.Duration;
import java.util.List;

/** The views the ledger keeps from its events: where each stands, and rebuilding them. */
public class Views {

    /** How often {@link #awaitCaughtUp} looks again: the views take tens to hundreds of milliseconds. */
    private static final Duration POLL = Duration.ofMillis(20);

    private final ViewAdministration administration;

    public Views(ViewAdministration administration) {
        this.administration = administration;
    }

    public List<ViewStatus> status(Caller caller) {
        Action.SEE_VIEWS.requireBy(caller.user());
        return administration.status();
    }

    /**
     * Waits, at most {@code patience}, until every view has handled every event the store held when called: a page
     * that shows a change just made (post, redirect, get) then shows it, although the views follow the store a
     * little behind. True when they caught up in time. Anyone may wait, as it reads nothing.
     */
    public boolean awaitCaughtUp(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<ViewStatus> statuses = administration.status();
        long head = statuses.stream().mapToLong(ViewStatus::head).max().orElse(0);
        while (statuses.stream().anyMatch(view -> view.running() && view.position() < head)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
            statuses = administration.status();
        }
        return true;
    }

    /** Rebuilds one view (by name) or all (null) beside the live ones, then swaps them in. */
    public List<String> rebuild(Caller caller, String name) {
        Action.REBUILD_VIEWS.requireBy(caller.user());
        return administration.rebuild(name);
    }
}
