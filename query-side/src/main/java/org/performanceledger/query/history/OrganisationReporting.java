package org.performanceledger.query.history;

import org.bson.codecs.pojo.annotations.BsonId;
import org.performanceledger.events.StatusScheme;

import java.util.List;

/**
 * How an organisation reports, as {@code organisation_reporting} stores it ({@code _id = organisationId}): every
 * status scheme it chose, every description of its corporate aims, and the index of every report it published
 * (each period's own publications stay in {@link PeriodPublications}). It grows with those choices and
 * publications only, a few a month.
 */
public record OrganisationReporting(@BsonId String organisationId, List<SchemeVersion> schemes,
                                    List<AimVersion> aims, List<PublicationEntry> publications) {

    /** A scheme chosen, in force from {@code recorded.at}. */
    public record SchemeVersion(Recorded recorded, StatusScheme scheme, String reason) implements Versioned {
    }

    /** A description of one corporate aim, in force from {@code recorded.at}. */
    public record AimVersion(Recorded recorded, String aim, String description, List<String> priorities)
            implements Versioned {
    }

    /**
     * A report issued: the period's {@code number}th publication (1 for the first), to a committee.
     */
    public record PublicationEntry(Recorded recorded, String period, int number, String committee, String title)
            implements Versioned {
    }

    static OrganisationReporting none(String organisationId) {
        return new OrganisationReporting(organisationId, List.of(), List.of(), List.of());
    }

    List<SchemeVersion> schemeVersions() {
        return schemes == null ? List.of() : schemes;
    }

    List<AimVersion> aimVersions() {
        return aims == null ? List.of() : aims;
    }

    List<PublicationEntry> publicationEntries() {
        return publications == null ? List.of() : publications;
    }

    OrganisationReporting plus(SchemeVersion scheme) {
        return new OrganisationReporting(organisationId, Versioned.plus(schemeVersions(), scheme), aimVersions(),
                publicationEntries());
    }

    OrganisationReporting plus(AimVersion aim) {
        return new OrganisationReporting(organisationId, schemeVersions(), Versioned.plus(aimVersions(), aim),
                publicationEntries());
    }

    OrganisationReporting plus(PublicationEntry publication) {
        return new OrganisationReporting(organisationId, schemeVersions(), aimVersions(),
                Versioned.plus(publicationEntries(), publication));
    }
}
