package org.performanceledger.query.organisations;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * An organisation as {@code organisation_directory} stores it ({@code _id} = the organisation's id).
 * Shape 1: the same fields the directory always had.
 */
public record DirectoryEntry(@BsonId String organisationId, String name, int returnDueDays, Instant registeredAt) {

    OrganisationView toView() {
        return new OrganisationView(organisationId, name, returnDueDays, registeredAt);
    }
}
