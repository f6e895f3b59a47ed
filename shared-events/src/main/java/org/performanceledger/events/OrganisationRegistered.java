package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * An organisation (a council, a trust, one division of a county council) keeps its performance in the ledger.
 *
 * @param organisationId   its id, used in every path, e.g. {@code southend}
 * @param name             its name
 * @param returnDueDays    returns for a period are due this many days after the period ends; later ones are late
 */
@Revision("1")
public record OrganisationRegistered(String organisationId, String name, int returnDueDays) implements OrganisationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
