package org.performanceledger.infra.web.pages.admin;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Users;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.views.Views;
import org.performanceledger.query.organisations.OrganisationView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Administration: the views (where each stands against the event store, and rebuilding them) and the users with
 * their roles, read only, as users are configured ({@code ledger.users}), not kept in the ledger.
 */
@Controller
class AdministrationPages {

    /** A user and their grants, in organisation order, for the users table. */
    public record UserRow(LedgerUser user, List<Grant> grants) {
    }

    private final Views views;
    private final Users users;
    private final Organisations organisations;

    AdministrationPages(Views views, Users users, Organisations organisations) {
        this.views = views;
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/admin")
    String administration(Caller caller, Model model) {
        model.addAttribute("views", views.status(caller).stream().map(ViewRow::of).toList());
        if (Action.SEE_USERS.allows(caller.user(), null)) {
            // Each grant says where by the organisation's name (its id for one the ledger does not keep).
            model.addAttribute("organisationNames", organisations.list(caller).stream().collect(Collectors.toMap(
                    OrganisationView::organisationId, OrganisationView::name)));
            model.addAttribute("users", users.list(caller).stream().map(user -> new UserRow(user,
                    user.grants().stream().sorted(Comparator.comparing(Grant::organisationId)
                            .thenComparing(Grant::role)).toList())).toList());
        }
        model.addAttribute("mayRebuild", Action.REBUILD_VIEWS.allows(caller.user(), null));
        model.addAttribute("mayVerify", Action.VERIFY_STORE.allows(caller.user(), null));
        return "admin/administration";
    }

    /** Starts rebuilding one view, or all of them when no name is given; the page shows how far each has come. */
    @PostMapping("/admin/views/rebuild")
    String rebuild(Caller caller, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("rebuilding", views.rebuild(caller, name == null || name.isBlank() ? null : name));
        return "redirect:/admin";
    }
}
