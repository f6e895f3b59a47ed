package org.performanceledger.query.history;

import org.bson.codecs.pojo.annotations.BsonId;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes of an organisation's indicators, as {@code organisation_indicators} stores them
 * ({@code _id = organisationId}): the index a report starts from, to fetch the indicators' own documents with one
 * {@code $in} on {@code _id}. Written only when a batch registers a code the organisation did not have (or the
 * organisation publishes its first report), never by values, targets or commentary.
 */
public record OrganisationIndicators(@BsonId String organisationId, List<String> codes) {

    static OrganisationIndicators none(String organisationId) {
        return new OrganisationIndicators(organisationId, List.of());
    }

    boolean has(String code) {
        return codes.contains(code);
    }

    OrganisationIndicators with(String code) {
        List<String> more = new ArrayList<>(codes);
        more.add(code);
        return new OrganisationIndicators(organisationId, more);
    }
}
