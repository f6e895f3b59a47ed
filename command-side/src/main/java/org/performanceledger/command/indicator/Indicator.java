package org.performanceledger.command.indicator;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An indicator's definition: one aggregate per organisation and code.
 * Handlers check the rules and apply events; event sourcing handlers only assign state.
 */
public class Indicator {

    @AggregateIdentifier
    private String indicatorId;

    protected Indicator() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterIndicator command) {
        if (indicatorId != null) {
            throw new LedgerRejection(LedgerErrorCode.INDICATOR_ALREADY_REGISTERED, "code",
                    "Indicator '" + command.code() + "' is already registered in organisation '"
                            + command.organisationId() + "'");
        }
        apply(new IndicatorRegistered(command.organisationId(), command.code(), command.shortName().strip(),
                command.description(), command.polarity()));
    }

    @EventSourcingHandler
    void on(IndicatorRegistered event) {
        indicatorId = IndicatorId.of(event.organisationId(), event.code());
    }
}
