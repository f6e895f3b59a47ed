package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/**
 * A draft of the commentary on an indicator for a period. Every redraft is its own event, numbered from 1.
 *
 * @param explanation explanation of current performance
 * @param actions     actions to improve performance; may be null
 * @param anticipated anticipated future performance; may be null
 * @param draft       1 for the first draft, then 2, 3...
 */
@Revision("1")
public record CommentaryDrafted(String organisationId, String code, String year, String period,
                                String explanation, String actions, String anticipated, int draft) implements IndicatorYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
