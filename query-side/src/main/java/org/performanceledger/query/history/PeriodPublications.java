package org.performanceledger.query.history;

import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * Every publication of one month's report, as {@code report_publications} stores them
 * ({@code _id = organisationId:period}), in the order they were recorded.
 */
public record PeriodPublications(@BsonId String id, String organisationId, String period,
                                 List<Publication> publications) {

    /** The report was issued to a committee, under a title, at {@code recorded.at}. */
    public record Publication(Recorded recorded, String committee, String title) implements Versioned {
    }

    static String idOf(String organisationId, String period) {
        return organisationId + ":" + period;
    }

    static PeriodPublications none(String organisationId, String period) {
        return new PeriodPublications(idOf(organisationId, period), organisationId, period, List.of());
    }

    PeriodPublications plus(Publication publication) {
        return new PeriodPublications(id, organisationId, period, Versioned.plus(publications, publication));
    }
}
