package org.performanceledger.infra.web.pages.commentary;

import jakarta.validation.Valid;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.application.years.IndicatorYears.IndicatorRecord;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.web.pages.forms.Refusals;
import org.performanceledger.infra.web.pages.indicators.IndicatorForms;
import org.performanceledger.infra.web.pages.words.Words;
import org.performanceledger.query.history.IndicatorYearHistory.PeriodHistory;
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
 * Drafting a period's commentary (a redraft starts from the latest draft) and declaring its expected outcome (the
 * latest declared is chosen to start with).
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}")
class CommentaryFormsController {

    private static final String COMMENTARY = "commentary/draft";
    private static final String OUTCOME = "commentary/outcome";

    private final IndicatorYears years;

    CommentaryFormsController(IndicatorYears years) {
        this.years = years;
    }

    @GetMapping("/commentary/draft")
    String commentary(Caller caller, @PathVariable String org, @PathVariable String code,
                      @RequestParam(required = false) String period, Model model) {
        Action.RECORD_RETURNS.requireBy(caller.user(), org);
        IndicatorRecord record = years.record(caller, org, code);
        CommentaryForm form = new CommentaryForm();
        form.setPeriod(period);
        IndicatorForms.period(record, period).map(PeriodHistory::commentary).flatMap(IndicatorForms::latest)
                .ifPresent(latest -> {
                    form.setExplanation(latest.explanation());
                    form.setActions(latest.actions());
                    form.setAnticipated(latest.anticipated());
                });
        model.addAttribute("form", form);
        IndicatorForms.describe(model, record);
        return COMMENTARY;
    }

    @PostMapping("/commentary/draft")
    String commentary(Caller caller, @PathVariable String org, @PathVariable String code,
                      @Valid @ModelAttribute("form") CommentaryForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.draftCommentary(caller, org, code, form.getPeriod(), new IndicatorYears.Commentary(
                        form.getExplanation(), form.getActions(), form.getAnticipated()));
                return IndicatorForms.done(redirect, "Commentary drafted for " + Words.period(form.getPeriod()));
            } catch (LedgerRejection | InvalidRequest refusal) {
                Refusals.of().field("period", "period", "Period")
                        .field("explanation", "explanation", "Explanation")
                        .field("actions", "actions", "Actions")
                        .field("anticipated", "anticipated", "Anticipated performance")
                        .addTo(result, refusal);
            }
        }
        IndicatorForms.describe(model, years.record(caller, org, code));
        return COMMENTARY;
    }

    @GetMapping("/expected-outcome/declare")
    String outcome(Caller caller, @PathVariable String org, @PathVariable String code,
                   @RequestParam(required = false) String period, Model model) {
        Action.RECORD_RETURNS.requireBy(caller.user(), org);
        IndicatorRecord record = years.record(caller, org, code);
        ExpectedOutcomeForm form = new ExpectedOutcomeForm();
        form.setPeriod(period);
        IndicatorForms.period(record, period).map(PeriodHistory::expectedOutcomes).flatMap(IndicatorForms::latest)
                .ifPresent(latest -> form.setOutcome(latest.outcome()));
        model.addAttribute("form", form);
        IndicatorForms.describe(model, record);
        return OUTCOME;
    }

    @PostMapping("/expected-outcome/declare")
    String outcome(Caller caller, @PathVariable String org, @PathVariable String code,
                   @Valid @ModelAttribute("form") ExpectedOutcomeForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.declareExpectedOutcome(caller, org, code, form.getPeriod(), form.getOutcome());
                return IndicatorForms.done(redirect, "Expected outcome declared for "
                        + Words.period(form.getPeriod()));
            } catch (LedgerRejection | InvalidRequest refusal) {
                Refusals.of().field("period", "period", "Period").field("outcome", "outcome", "Expected outcome")
                        .addTo(result, refusal);
            }
        }
        IndicatorForms.describe(model, years.record(caller, org, code));
        return OUTCOME;
    }

    @ModelAttribute("outcomes")
    Map<String, String> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (ExpectedOutcome outcome : ExpectedOutcome.values()) {
            outcomes.put(outcome.name(), outcome.words());
        }
        return outcomes;
    }
}
