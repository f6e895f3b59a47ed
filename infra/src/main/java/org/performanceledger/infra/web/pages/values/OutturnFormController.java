package org.performanceledger.infra.web.pages.values;

import jakarta.validation.Valid;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.web.pages.indicators.IndicatorForms;
import org.performanceledger.infra.web.pages.words.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Recording a year's outturn: estimated, final or revised, with its value and the reason. */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/outturns/record")
class OutturnFormController {

    private static final String VIEW = "values/outturn";

    private final IndicatorYears years;

    OutturnFormController(IndicatorYears years) {
        this.years = years;
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(org.performanceledger.events.OutturnKind.values())
                .forEach(kind -> kinds.put(kind.name(), kind.words()));
        return kinds;
    }

    @GetMapping
    String outturn(Caller caller, @PathVariable String org, @PathVariable String code,
                   @RequestParam(required = false) String year, Model model) {
        Action.RECORD_RETURNS.requireBy(caller.user(), org);
        OutturnForm form = new OutturnForm();
        form.setYear(year);
        model.addAttribute("form", form);
        IndicatorForms.describe(model, years.record(caller, org, code));
        return VIEW;
    }

    @PostMapping
    String outturn(Caller caller, @PathVariable String org, @PathVariable String code,
                   @Valid @ModelAttribute("form") OutturnForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.recordOutturn(caller, org, code, form.getYear(), new IndicatorYears.Outturn(form.getKind(),
                        form.getValue().toValue(), form.getReason()));
                return IndicatorForms.done(redirect, "Outturn recorded for " + Words.year(form.getYear()));
            } catch (LedgerRejection | InvalidRequest refusal) {
                ValueFormsController.valueFields(form.getValue().getState())
                        .field("year", "year", "Year")
                        .field("kind", "kind", "Outturn")
                        .field("reason", "reason", "Reason")
                        .addTo(result, refusal);
            }
        }
        IndicatorForms.describe(model, years.record(caller, org, code));
        return VIEW;
    }
}
