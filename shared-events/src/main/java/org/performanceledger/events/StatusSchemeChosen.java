package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * An organisation chose the statuses its reports rate indicators in, from the moment this event was recorded:
 * a report as of an earlier moment keeps the scheme in force then.
 *
 * @param organisationId the organisation
 * @param scheme         the scheme chosen
 * @param reason         why, e.g. "Trust Board's RAG key, Business Plan 2020/21"
 */
@Revision("1")
public record StatusSchemeChosen(String organisationId, StatusScheme scheme, String reason)
        implements OrganisationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
