package org.performanceledger.events;

/** The facts of an organisation aggregate: its registration, its publications, the status scheme
 * it rates in and the descriptions of its corporate aims. */
public sealed interface OrganisationEvent extends LedgerEvent permits OrganisationRegistered, ReportPublished,
        StatusSchemeChosen, CorporateAimDescribed {
}
