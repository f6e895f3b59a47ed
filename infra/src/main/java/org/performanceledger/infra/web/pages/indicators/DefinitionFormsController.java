package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.application.years.IndicatorYears.IndicatorRecord;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LabelledField;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.web.pages.forms.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering an indicator and amending its definition: every field of the definition, in words; an amendment
 * starts from the definition in force and sends only what changed, with the reason.
 */
@Controller
class DefinitionFormsController {

    private static final String REGISTER = "indicators/register";
    private static final String AMEND = "indicators/amend";

    private final Indicators indicators;
    private final IndicatorYears years;
    private final Organisations organisations;

    DefinitionFormsController(Indicators indicators, IndicatorYears years, Organisations organisations) {
        this.indicators = indicators;
        this.years = years;
        this.organisations = organisations;
    }

    @ModelAttribute
    void inputs(Model model) {
        model.addAttribute("definitionInputs", DefinitionInputs.all());
    }

    @GetMapping("/organisations/{org}/register-indicator")
    String register(Caller caller, @PathVariable String org, Model model) {
        Action.DEFINE_INDICATORS.requireBy(caller.user(), org);
        model.addAttribute("form", DefinitionForm.forRegistration());
        model.addAttribute("organisation", organisations.find(caller, org));
        return REGISTER;
    }

    @PostMapping("/organisations/{org}/register-indicator")
    String register(Caller caller, @PathVariable String org,
                    @ModelAttribute("form") DefinitionForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        form.check(result, true);
        if (!result.hasErrors()) {
            try {
                indicators.register(caller, org, form.getCode(), form.toDefinition());
                redirect.addAttribute("code", form.getCode());
                return IndicatorForms.done(redirect, "Indicator " + form.getCode() + " registered");
            } catch (LedgerRejection | InvalidRequest refusal) {
                fields().field("code", "code", "Code").addTo(result, refusal);
            }
        }
        model.addAttribute("organisation", organisations.find(caller, org));
        return REGISTER;
    }

    @GetMapping("/organisations/{org}/indicators/{code}/amend")
    String amend(Caller caller, @PathVariable String org, @PathVariable String code, Model model) {
        Action.DEFINE_INDICATORS.requireBy(caller.user(), org);
        IndicatorRecord record = years.record(caller, org, code);
        model.addAttribute("form", DefinitionForm.of(record.indicator().definition()));
        IndicatorForms.describe(model, record);
        return AMEND;
    }

    @PostMapping("/organisations/{org}/indicators/{code}/amend")
    String amend(Caller caller, @PathVariable String org, @PathVariable String code,
                 @ModelAttribute("form") DefinitionForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        IndicatorRecord record = years.record(caller, org, code);
        form.check(result, false);
        if (!result.hasErrors()) {
            try {
                indicators.amend(caller, org, code, form.changesFrom(record.indicator().definition()),
                        form.getReason());
                return IndicatorForms.done(redirect, "Definition amended");
            } catch (LedgerRejection | InvalidRequest refusal) {
                fields().field("reason", "reason", "Reason").addTo(result, refusal);
            }
        }
        IndicatorForms.describe(model, record);
        return AMEND;
    }

    /** Every field of a definition, as refusals name them (the definition's own field names), and its input. */
    private static Refusals fields() {
        Refusals fields = Refusals.of();
        for (LabelledField field : IndicatorDefinition.fields()) {
            fields.field(field.name(), DefinitionInputs.path(field.name()), field.label());
        }
        return fields;
    }
}
