package org.performanceledger.application.organisations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.query.history.PeriodsWithData;
import org.performanceledger.query.history.PeriodsWithDataQuery;
import org.performanceledger.query.history.ReturnDue;
import org.performanceledger.query.history.ReturnsDueQuery;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.query.organisations.FindOrganisationQuery;
import org.performanceledger.query.organisations.ListOrganisationsQuery;
import org.performanceledger.query.organisations.OrganisationView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The organisations whose performance the ledger keeps: registering one, and finding it. */
public class Organisations {

    /**
     * @param id            the organisation's id: the {@code {org}} of every path
     * @param returnDueDays returns are due this many days after their period ends; null means 10
     */
    public record Registration(
            @NotNull @Pattern(regexp = LedgerRules.ORGANISATION_ID_PATTERN,
                    message = LedgerRules.ORGANISATION_ID_RULE) String id,
            @NotBlank @Size(max = LedgerRules.NAME_MAX) String name,
            @Min(0) @Max(365) Integer returnDueDays) {
    }

    private final Ledger ledger;
    private final Clock clock;

    public Organisations(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The organisations the user holds a role in (all of them for a role held everywhere), in id order. */
    public List<OrganisationView> list(Caller caller) {
        List<OrganisationView> all = ledger.query(new ListOrganisationsQuery(),
                ResponseTypes.multipleInstancesOf(OrganisationView.class));
        return all.stream().filter(organisation -> Action.SEE_ORGANISATION.allows(caller.user(),
                organisation.organisationId())).toList();
    }

    /**
     * The returns the organisation owes now: each indicator's latest ended period without a value, with its due date
     * (the organisation's rule) and whether it is late.
     */
    public List<ReturnDue> returnsDue(Caller caller, String organisationId) {
        Action.READ.requireBy(caller.user(), organisationId);
        OrganisationView organisation = existing(organisationId);
        return ledger.query(new ReturnsDueQuery(organisationId, organisation.returnDueDays(), LocalDate.now(clock)),
                ResponseTypes.multipleInstancesOf(ReturnDue.class));
    }

    /**
     * The periods of the last 30 years the organisation holds values for, newest first, by frequency (months,
     * quarters, terms, years): the reports that have something to show.
     */
    public PeriodsWithData periodsWithData(Caller caller, String organisationId) {
        Action.READ.requireBy(caller.user(), organisationId);
        existing(organisationId);
        return ledger.query(new PeriodsWithDataQuery(organisationId, LocalDate.now(clock)),
                ResponseTypes.instanceOf(PeriodsWithData.class));
    }

    /** Registers an organisation (administrators). */
    public void register(Caller caller, Registration registration) {
        String role = Action.REGISTER_ORGANISATION.requireBy(caller.user());
        ledger.send(caller, role, new RegisterOrganisation(registration.id(), registration.name(),
                registration.returnDueDays()));
    }

    /** The organisation as the directory holds it, for anyone with a role in it. */
    public OrganisationView find(Caller caller, String organisationId) {
        Action.SEE_ORGANISATION.requireBy(caller.user(), organisationId);
        return existing(organisationId);
    }

    /** The organisation, or the refusal that it is not registered; for the other services' checks. */
    public OrganisationView existing(String organisationId) {
        Optional<OrganisationView> found = ledger.query(new FindOrganisationQuery(organisationId),
                ResponseTypes.optionalInstanceOf(OrganisationView.class));
        return found.orElseThrow(() -> LedgerRejection.organisationNotFound(organisationId));
    }
}
