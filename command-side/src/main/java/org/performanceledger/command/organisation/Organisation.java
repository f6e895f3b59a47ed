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
import org.performanceledger.events.CorporateAimDescribed;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.StatusSchemeChosen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.performanceledger.command.Rejections.reject;
import static org.performanceledger.command.Rejections.require;

/**
 * An organisation: its identity, its return rule, the reports it published, the status scheme its reports rate in
 * and the descriptions of its corporate aims.
 */
public class Organisation {

    @AggregateIdentifier
    private String organisationId;
    private int returnDueDays;
    private StatusScheme scheme = StatusScheme.THREE_STATE;
    private final Map<String, CorporateAimDescribed> aims = new HashMap<>();

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

    /** A scheme already in force is not chosen again: the command records nothing. */
    @CommandHandler
    void handle(ChooseStatusScheme command) {
        if (command.scheme() != scheme) {
            apply(new StatusSchemeChosen(organisationId, command.scheme(), command.reason().strip()));
        }
    }

    /** The same description again records nothing. */
    @CommandHandler
    void handle(DescribeCorporateAim command) {
        List<String> priorities = command.priorities() == null ? List.of()
                : command.priorities().stream().map(String::strip).toList();
        String description = command.description() == null || command.description().isBlank() ? null
                : command.description().strip();
        CorporateAimDescribed described = new CorporateAimDescribed(organisationId, command.aim().strip(),
                description, priorities);
        if (!Objects.equals(aims.get(described.aim()), described)) {
            apply(described);
        }
    }

    public OrganisationFacts facts() {
        return new OrganisationFacts(organisationId, returnDueDays);
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
        returnDueDays = event.returnDueDays();
    }

    @EventSourcingHandler
    void on(StatusSchemeChosen event) {
        scheme = event.scheme();
    }

    @EventSourcingHandler
    void on(CorporateAimDescribed event) {
        aims.put(event.aim(), event);
    }
}
