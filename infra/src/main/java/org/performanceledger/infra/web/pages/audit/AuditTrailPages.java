package org.performanceledger.infra.web.pages.audit;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.documents.AuditTrailCsv;
import org.performanceledger.infra.web.pages.forms.FormError;
import org.performanceledger.query.audit.AuditTrailPage;
import org.performanceledger.query.organisations.OrganisationView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit trails: the organisations whose trail the user may read, an organisation's trail as a timeline (filtered
 * by indicator, user and days, a page at a time, and as a CSV file), and one user's activity across organisations.
 */
@Controller
class AuditTrailPages {

    /** Entries on one page of a trail: enough to read, few enough to scan. */
    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final Organisations organisations;
    private final Clock clock;

    AuditTrailPages(AuditTrail audit, Organisations organisations, Clock clock) {
        this.audit = audit;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String index(Caller caller, Model model) {
        model.addAttribute("organisations", organisations.list(caller).stream()
                .filter(organisation -> Action.READ_AUDIT_TRAIL.allows(caller.user(), organisation.organisationId()))
                .toList());
        model.addAttribute("mayVerify", Action.VERIFY_STORE.allows(caller.user(), null));
        return "audit/index";
    }

    @GetMapping("/organisations/{org}/audit")
    String trail(Caller caller, @PathVariable String org, @ModelAttribute("filter") TrailFilter filter,
                 BindingResult result, @RequestParam(defaultValue = "1") String page, Model model) {
        model.addAttribute("organisation", organisations.find(caller, org));
        filter.check(result);
        if (result.hasErrors()) {
            // The trail is not read until the filter is sound; whoever may not read it is refused all the same.
            Action.READ_AUDIT_TRAIL.requireBy(caller.user(), org);
            return "audit/trail";
        }
        int shown = pageNumber(page);
        AuditTrailPage trail = audit.organisationTrail(caller, org, filter.toFilter(clock.getZone()), shown,
                PAGE_SIZE);
        String path = "/organisations/" + org + "/audit";
        model.addAttribute("trail", trail);
        model.addAttribute("filtered", !filter.isBlank());
        model.addAttribute("pagination", Pagination.of(shown, PAGE_SIZE, trail.totalEntries(), filter.link(path)));
        model.addAttribute("csv", filter.link(path + ".csv").build().encode().toUriString());
        return "audit/trail";
    }

    /** The same filter's whole trail as a CSV file, from the same use case as the page (and as the API's). */
    @GetMapping("/organisations/{org}/audit.csv")
    ResponseEntity<String> trailAsCsv(Caller caller, @PathVariable String org,
                                      @ModelAttribute("filter") TrailFilter filter, BindingResult result) {
        filter.check(result);
        if (result.hasErrors()) {
            // Only a hand-made link gets here: the page offers the download once its filter is sound.
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(result.getFieldErrors().get(0).getDefaultMessage());
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + org + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(AuditTrailCsv.of(audit.organisationTrail(caller, org, filter.toFilter(clock.getZone()))));
    }

    @GetMapping("/audit/activity")
    String activity(Caller caller, @ModelAttribute("filter") TrailFilter filter, BindingResult result,
                    @RequestParam(defaultValue = "1") String page, Model model) {
        filter.check(result);
        AuditTrail.Filter asked = filter.toFilter(clock.getZone());
        if (result.hasErrors() || asked.user() == null) {
            return "audit/activity";
        }
        int shown = pageNumber(page);
        // Each entry names its organisation by name, as the organisations' own pages do.
        model.addAttribute("organisationNames", organisations.list(caller).stream().collect(Collectors.toMap(
                OrganisationView::organisationId, OrganisationView::name)));
        try {
            AuditTrailPage trail = audit.userTrail(caller, asked.user(), asked.from(), asked.to(), shown, PAGE_SIZE);
            model.addAttribute("trail", trail);
            model.addAttribute("pagination", Pagination.of(shown, PAGE_SIZE, trail.totalEntries(),
                    filter.link("/audit/activity")));
        } catch (LedgerRejection rejection) {
            if (rejection.code() != LedgerErrorCode.FORBIDDEN) {
                throw rejection;
            }
            // The user recorded things only where the caller may not audit: say so beside the field asked.
            model.addAttribute("refusals", List.of(new FormError("user", rejection.getMessage())));
        }
        return "audit/activity";
    }

    /** The page asked for, counting from 1 as the pagination shows it; anything else is the first. */
    private static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.strip()) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
