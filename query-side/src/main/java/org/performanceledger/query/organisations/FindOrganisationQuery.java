package org.performanceledger.query.organisations;

/** The directory entry of one organisation, if registered. */
public record FindOrganisationQuery(String organisationId) {
}
