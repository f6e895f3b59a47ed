package org.performanceledger.events;

/** The facts of an organisation aggregate: its registration and its publications. */
public sealed interface OrganisationEvent extends LedgerEvent permits OrganisationRegistered, ReportPublished {
}
