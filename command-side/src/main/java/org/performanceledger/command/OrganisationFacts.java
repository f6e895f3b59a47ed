package org.performanceledger.command;

/** @param returnDueDays returns for a period are due this many days after it ends */
public record OrganisationFacts(String organisationId, int returnDueDays) {
}
