package org.performanceledger.application.views;

import java.util.List;

/** The views (projections) the ledger keeps, as the application runs them. */
public interface ViewAdministration {

    /** Where each view stands against the head of the event store. */
    List<ViewStatus> status();

    /** Starts rebuilding one view (by name) or every view (null) beside the live one; the names being rebuilt. */
    List<String> rebuild(String name);
}
