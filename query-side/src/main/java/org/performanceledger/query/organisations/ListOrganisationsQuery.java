package org.performanceledger.query.organisations;

/** Every organisation the directory holds, in id order. */
public record ListOrganisationsQuery() {
}
