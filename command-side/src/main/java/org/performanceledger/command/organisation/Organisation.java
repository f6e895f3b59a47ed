package org.performanceledger.command.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.performanceledger.command.OrganisationFacts;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.events.ReportPublished;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.performanceledger.command.Rejections.reject;
import static org.performanceledger.command.Rejections.require;

/** An organisation: its identity, its return rule, and the reports it published. */
public class Organisation {

    @AggregateIdentifier
    private String organisationId;
    private int returnDueDays;

    protected Organisation() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterOrganisation command) {
        if (organisationId != null) {
            throw reject(LedgerErrorCode.ORGANISATION_ALREADY_REGISTERED, "id",
                    "Organisation '" + command.id() + "' is already registered");
        }
        apply(new OrganisationRegistered(command.id(), command.name().strip(),
                command.returnDueDays() == null ? RegisterOrganisation.DEFAULT_RETURN_DUE_DAYS
                        : command.returnDueDays()));
    }

    /** A report is issued for a period that has ended: its figures cannot be final before then. */
    @CommandHandler
    void handle(PublishReport command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = Periods.lastDayOf(command.period(), YearBasis.FINANCIAL);
        require(lastDay.isBefore(today), LedgerErrorCode.PERIOD_OUT_OF_RANGE, "period", "The report for "
                + command.period() + " can be published once the period has ended, after " + lastDay);
        apply(new ReportPublished(organisationId, command.period(), command.committee().strip(),
                command.title() == null ? null : command.title().strip()));
    }

    public OrganisationFacts facts() {
        return new OrganisationFacts(organisationId, returnDueDays);
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
        returnDueDays = event.returnDueDays();
    }
}
