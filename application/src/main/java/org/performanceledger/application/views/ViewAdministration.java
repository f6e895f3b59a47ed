package org.performanceledger.application.views;

import java.util.List;
import java.util.Optional;

/** The views (projections) the ledger keeps, as the application runs them. */
public interface ViewAdministration {

    /** Where each view stands against the head of the event store. */
    List<ViewStatus> status();

    /** Starts rebuilding one view (by name) or every view (null) beside the live one; the names being rebuilt. */
    List<String> rebuild(String name);

    /**
     * What a view has taken in, as a value equal for two calls exactly when it has taken in the same events: its
     * processor's tracking tokens (a late event filling a gap changes one though the position stays). Empty when
     * that is not known here: the view is being rebuilt or switched over, or another node builds it.
     */
    default Optional<Object> takenIn(String view) {
        return Optional.empty();
    }
}
