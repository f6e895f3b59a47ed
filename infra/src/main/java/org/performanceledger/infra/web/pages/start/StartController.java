package org.performanceledger.infra.web.pages.start;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.query.history.ReturnDue;
import org.performanceledger.query.organisations.OrganisationView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The start page: who is signed in, their roles and where they hold them, their organisations, and in each where they
 * record returns, the returns due.
 */
@Controller
class StartController {

    /**
     * One of the user's organisations.
     *
     * @param returnsDue the returns it owes, when the user records its returns; null when they do not
     */
    record YourOrganisation(OrganisationView organisation, List<Role> roles, List<ReturnDue> returnsDue) {

        public long late() {
            return returnsDue == null ? 0 : returnsDue.stream().filter(ReturnDue::late).count();
        }
    }

    private final Organisations organisations;

    StartController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/")
    String start(Caller caller, Model model) {
        model.addAttribute("user", caller.user());
        model.addAttribute("grants", caller.user().grants().stream()
                .sorted(Comparator.comparing(Grant::organisationId).thenComparing(Grant::role)).toList());
        List<OrganisationView> listed = organisations.list(caller);
        model.addAttribute("organisations", listed.stream().map(organisation -> yours(caller, organisation)).toList());
        // Each role says where by the organisation's name (its id only when the ledger does not keep it).
        model.addAttribute("organisationNames", listed.stream().collect(Collectors.toMap(
                OrganisationView::organisationId, OrganisationView::name)));
        return "start/start";
    }

    private YourOrganisation yours(Caller caller, OrganisationView organisation) {
        String id = organisation.organisationId();
        List<ReturnDue> due = Action.RECORD_RETURNS.allows(caller.user(), id)
                ? organisations.returnsDue(caller, id) : null;
        return new YourOrganisation(organisation, List.copyOf(caller.user().rolesIn(id)), due);
    }
}
