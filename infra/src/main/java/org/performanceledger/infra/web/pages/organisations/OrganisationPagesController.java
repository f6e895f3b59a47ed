package org.performanceledger.infra.web.pages.organisations;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.history.RegisterEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The organisations a user holds a role in, and an organisation's page: its indicator register, filtered and
 * searched by the query string, with links to its latest monthly report and, for those who may read it, its audit
 * trail.
 */
@Controller
class OrganisationPagesController {

    private final Organisations organisations;
    private final Indicators indicators;
    private final MessageSource messages;
    private final Clock clock;

    OrganisationPagesController(Organisations organisations, Indicators indicators, MessageSource messages,
                                Clock clock) {
        this.organisations = organisations;
        this.indicators = indicators;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/organisations")
    String organisations(Caller caller, Model model) {
        model.addAttribute("organisations", organisations.list(caller));
        return "organisations/organisations";
    }

    @GetMapping("/organisations/{org}")
    String organisation(Caller caller, @PathVariable String org, @ModelAttribute("filter") RegisterFilter filter,
                        Model model) {
        model.addAttribute("organisation", organisations.find(caller, org));
        model.addAttribute("mayRead", Action.READ.allows(caller.user(), org));
        model.addAttribute("mayReadAuditTrail", Action.READ_AUDIT_TRAIL.allows(caller.user(), org));
        model.addAttribute("mayDefine", Action.DEFINE_INDICATORS.allows(caller.user(), org));
        // The report is monthly whatever the indicators' frequencies: its latest month is the last one ended.
        model.addAttribute("latestMonth", Periods.latestEnded(Frequency.MONTHLY, YearBasis.FINANCIAL,
                LocalDate.now(clock)));
        if (Action.READ.allows(caller.user(), org)) {
            model.addAttribute("latestWithData", LatestReport.of(organisations.periodsWithData(caller, org)));
            List<RegisterEntry> register = indicators.register(caller, org, null);
            model.addAttribute("register", register);
            model.addAttribute("entries", filter.apply(register));
            model.addAttribute("aims", RegisterFilter.aims(register));
            model.addAttribute("units", RegisterFilter.units(register));
            model.addAttribute("frequencies", RegisterFilter.frequencies(register));
            model.addAttribute("statuses", RegisterFilter.statuses(register, status -> messages.getMessage(
                    "indicator.status." + status, null, status, LocaleContextHolder.getLocale())));
        }
        return "organisations/organisation";
    }
}
