package org.performanceledger.events;

import org.axonframework.serialization.Revision;

/** The managing officer declared the expected year-end outcome as at a period; the previous declaration is kept. */
@Revision("1")
public record ExpectedOutcomeDeclared(String organisationId, String code, String year, String period,
                                      ExpectedOutcome outcome, ExpectedOutcome replaced) implements IndicatorYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
