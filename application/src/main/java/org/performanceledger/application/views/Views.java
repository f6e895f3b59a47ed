package org.performanceledger.application.views;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;

import java.util.List;

/** The views the ledger keeps from its events: where each stands, and rebuilding them. */
public class Views {

    private final ViewAdministration administration;

    public Views(ViewAdministration administration) {
        this.administration = administration;
    }

    public List<ViewStatus> status(Caller caller) {
        Action.SEE_VIEWS.requireBy(caller.user());
        return administration.status();
    }

    /** Rebuilds one view (by name) or all (null) beside the live ones, then swaps them in. */
    public List<String> rebuild(Caller caller, String name) {
        Action.REBUILD_VIEWS.requireBy(caller.user());
        return administration.rebuild(name);
    }
}
