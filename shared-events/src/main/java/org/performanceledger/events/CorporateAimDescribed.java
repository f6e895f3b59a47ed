package org.performanceledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * One of an organisation's corporate aims (the {@code corporateAim} its indicators name, e.g. {@code SAFE}) was
 * described: what reports print above the aim's indicators. A later description of the same aim replaces it.
 *
 * @param organisationId the organisation
 * @param aim            the aim, as indicators name it
 * @param description    what the aim is, in a sentence; may be null
 * @param priorities     the aim's priorities, each as printed ("Create a safe environment across the town...")
 */
@Revision("1")
public record CorporateAimDescribed(String organisationId, String aim, String description, List<String> priorities)
        implements OrganisationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
