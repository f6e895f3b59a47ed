package org.performanceledger.query.organisations;

import java.time.Instant;

/** An organisation as the directory shows it. */
public record OrganisationView(String organisationId, String name, int returnDueDays, Instant registeredAt) {
}
