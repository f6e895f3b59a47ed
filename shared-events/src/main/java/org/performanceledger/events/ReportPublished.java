package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * The performance report for a period was issued to a committee, at the moment this event was recorded: the fixed
 * point scrutiny later asks about ("what did the report say when it was published?").
 *
 * @param organisationId the organisation
 * @param period         the period reported, e.g. {@code 2019-01}
 * @param committee      who it was issued to, e.g. "Cabinet", "People Scrutiny"
 * @param title          the report's title, e.g. "Monthly Performance Report January 2019"
 */
@Revision("1")
public record ReportPublished(String organisationId, String period, String committee, String title) implements OrganisationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
