package org.performanceledger.command;

import java.util.Optional;

/**
 * What one aggregate's rules need to know of others (whether an organisation exists and its return rule, an
 * indicator's definition and status), and what an import compares its rows with (an indicator's year). Injected into command handlers; read from the aggregates themselves, so it is
 * as current as the event store.
 */
public interface LedgerDirectory {

    Optional<OrganisationFacts> organisation(String organisationId);

    Optional<IndicatorFacts> indicator(String organisationId, String code);

    /** An indicator's year as it stands: empty when nothing was ever recorded for it. */
    Optional<YearFacts> indicatorYear(String organisationId, String code, String year);
}
