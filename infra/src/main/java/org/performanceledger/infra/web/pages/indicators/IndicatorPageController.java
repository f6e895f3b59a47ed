package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.years.IndicatorYears;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An indicator's page: its definition, the chart of its values against target with the same figures as a table,
 * and every version of its targets, values, commentary, expected outcomes and outturns; with links to the forms the
 * user may use.
 */
@Controller
class IndicatorPageController {

    private final IndicatorYears years;

    IndicatorPageController(IndicatorYears years) {
        this.years = years;
    }

    @GetMapping("/organisations/{org}/indicators/{code}")
    String indicator(Caller caller, @PathVariable String org, @PathVariable String code, Model model) {
        IndicatorYears.IndicatorRecord record = years.record(caller, org, code);
        IndicatorPage page = IndicatorPage.of(record);
        boolean active = "ACTIVE".equals(page.indicator().status());
        model.addAttribute("organisation", record.organisation());
        model.addAttribute("page", page);
        model.addAttribute("mayRecord", active && Action.RECORD_RETURNS.allows(caller.user(), org));
        model.addAttribute("mayDefine", active && Action.DEFINE_INDICATORS.allows(caller.user(), org));
        model.addAttribute("maySetTargets", active && Action.SET_TARGETS.allows(caller.user(), org));
        return "indicators/indicator";
    }
}
