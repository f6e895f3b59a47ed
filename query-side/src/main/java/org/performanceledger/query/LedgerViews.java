package org.performanceledger.query;

import org.performanceledger.query.audit.AuditTrailProjection;
import org.performanceledger.query.history.IndicatorHistoryProjection;
import org.performanceledger.query.organisations.OrganisationDirectoryProjection;
import org.performanceledger.query.register.IndicatorRegisterProjection;

import java.util.List;

/**
 * The views the ledger keeps from its events. A new view is a projection with its {@link ViewDefinition}, added
 * here: the application makes its store, runs its projection in a processor of its own, serves its queries, and
 * rebuilds it, from this list alone.
 */
public final class LedgerViews {

    public static final List<ViewDefinition> ALL = List.of(
            IndicatorRegisterProjection.VIEW,
            OrganisationDirectoryProjection.VIEW,
            IndicatorHistoryProjection.VIEW,
            AuditTrailProjection.VIEW);

    private LedgerViews() {
    }
}
