package org.performanceledger.command;

import java.util.Optional;

/**
 * What one aggregate's rules need to know of others: whether an organisation exists and its return rule, and an
 * indicator's definition and status. Injected into command handlers; read from the aggregates themselves, so it is
 * as current as the event store.
 */
public interface LedgerDirectory {

    Optional<OrganisationFacts> organisation(String organisationId);

    Optional<IndicatorFacts> indicator(String organisationId, String code);
}
