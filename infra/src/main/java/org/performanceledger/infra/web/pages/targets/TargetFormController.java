package org.performanceledger.infra.web.pages.targets;

import jakarta.validation.Valid;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.application.years.IndicatorYears.IndicatorRecord;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.Periods;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.infra.web.pages.forms.Refusals;
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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Setting a year's target: a new one, or a change to the one in force (the form starts from it). Every version is
 * kept; the indicator's page shows the one in force and the earlier ones.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/targets/set")
class TargetFormController {

    private static final String VIEW = "targets/set";

    /** The ledger's fields as refusals name them, and the form's fields they belong to. */
    private static final Refusals FIELDS = Refusals.of()
            .field("year", "year", "Year")
            .field("target", "lower", "Range")
            .field("target.kind", "kind", "Kind of target")
            .field("target.number", "number", "Target")
            .field("target.lower", "lower", "Lower end")
            .field("target.upper", "upper", "Upper end")
            .field("target.text", "text", "Target")
            .field("stretchTarget", "stretch", "Stretch target")
            .field("stretchTarget.number", "stretch", "Stretch target")
            .field("tolerance", "toleranceKind", "Tolerance")
            .field("profile", "profile", "Profile")
            .field("effectiveFrom", "effectiveFrom", "First period")
            .field("authority", "authority", "Authority")
            .field("reason", "reason", "Reason");

    private final IndicatorYears years;

    TargetFormController(IndicatorYears years) {
        this.years = years;
    }

    @ModelAttribute
    void choices(Model model) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(TargetKind.NUMBER.name(), "A number");
        kinds.put(TargetKind.RANGE.name(), "A range");
        kinds.put(TargetKind.TEXT.name(), "In words");
        kinds.put(TargetKind.TBC.name(), "To be confirmed (TBC)");
        model.addAttribute("kinds", kinds);
        Map<String, String> tolerances = new LinkedHashMap<>();
        tolerances.put(TargetForm.NO_TOLERANCE, "No tolerance");
        tolerances.put(ToleranceKind.ABSOLUTE.name(), ToleranceKind.ABSOLUTE.words());
        tolerances.put(ToleranceKind.RELATIVE_PERCENT.name(), ToleranceKind.RELATIVE_PERCENT.words());
        model.addAttribute("tolerances", tolerances);
    }

    @GetMapping
    String target(Caller caller, @PathVariable String org, @PathVariable String code,
                  @RequestParam(required = false) String year, Model model) {
        Action.SET_TARGETS.requireBy(caller.user(), org);
        IndicatorRecord record = years.record(caller, org, code);
        TargetForm form = IndicatorForms.year(record, year == null ? "" : year)
                .flatMap(document -> IndicatorForms.latest(document.targets()))
                .map(current -> TargetForm.of(year, current))
                .orElseGet(() -> startOf(year, record.indicator().definition()));
        model.addAttribute("form", form);
        IndicatorForms.describe(model, record);
        return VIEW;
    }

    @PostMapping
    String target(Caller caller, @PathVariable String org, @PathVariable String code,
                  @Valid @ModelAttribute("form") TargetForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.setTarget(caller, org, code, form.getYear(), form.toSetting());
                return IndicatorForms.done(redirect, "Target set for " + Words.year(form.getYear()));
            } catch (LedgerRejection | InvalidRequest refusal) {
                FIELDS.addTo(result, refusal);
            }
        }
        IndicatorForms.describe(model, years.record(caller, org, code));
        return VIEW;
    }

    /** A new target for a year, from its first period. */
    private static TargetForm startOf(String year, IndicatorDefinition definition) {
        TargetForm form = new TargetForm();
        form.setYear(year);
        if (year != null && Periods.isYear(year)) {
            form.setEffectiveFrom(Periods.firstPeriodOf(year, definition.frequency(), definition.yearBasis()));
        }
        return form;
    }

}
