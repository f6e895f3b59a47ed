package org.performanceledger.infra.web.pages.values;

import jakarta.validation.Valid;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.application.years.IndicatorYears.IndicatorRecord;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ValueState;
import org.performanceledger.infra.web.pages.forms.Refusals;
import org.performanceledger.infra.web.pages.indicators.IndicatorForms;
import org.performanceledger.infra.web.pages.words.Words;
import org.performanceledger.query.history.IndicatorYearHistory.ValueChange;
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

/**
 * Recording, correcting and withdrawing a period's value: each a form that names every problem beside its field,
 * and on success goes back to the indicator's page with a banner saying what was done.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/values")
class ValueFormsController {

    private static final String RECORD = "values/record";
    private static final String CORRECT = "values/correct";
    private static final String WITHDRAW = "values/withdraw";

    private final IndicatorYears years;

    ValueFormsController(IndicatorYears years) {
        this.years = years;
    }

    @GetMapping("/record")
    String record(Caller caller, @PathVariable String org, @PathVariable String code,
                  @RequestParam(required = false) String period, Model model) {
        Action.RECORD_RETURNS.requireBy(caller.user(), org);
        RecordValueForm form = new RecordValueForm();
        form.setPeriod(period);
        model.addAttribute("form", form);
        IndicatorForms.describe(model, years.record(caller, org, code));
        return RECORD;
    }

    @PostMapping("/record")
    String record(Caller caller, @PathVariable String org, @PathVariable String code,
                  @Valid @ModelAttribute("form") RecordValueForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.recordValue(caller, org, code, form.getPeriod(), new IndicatorYears.ValueReturn(
                        form.getValue().toValue(), null, null, form.getSourceDate().date().orElse(null)));
                return IndicatorForms.done(redirect, "Value recorded for " + Words.period(form.getPeriod()));
            } catch (LedgerRejection | InvalidRequest refusal) {
                valueFields(form.getValue().getState()).field("period", "period", "Period").addTo(result, refusal);
            }
        }
        IndicatorForms.describe(model, years.record(caller, org, code));
        return RECORD;
    }

    @GetMapping("/{period}/correct")
    String correct(Caller caller, @PathVariable String org, @PathVariable String code, @PathVariable String period,
                   Model model) {
        Action.RECORD_RETURNS.requireBy(caller.user(), org);
        IndicatorRecord record = years.record(caller, org, code);
        CorrectValueForm form = new CorrectValueForm();
        form.setValue(ValueInput.of(current(record, code, period).value()));
        model.addAttribute("form", form);
        describe(model, record, code, period);
        return CORRECT;
    }

    @PostMapping("/{period}/correct")
    String correct(Caller caller, @PathVariable String org, @PathVariable String code, @PathVariable String period,
                   @Valid @ModelAttribute("form") CorrectValueForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.correctValue(caller, org, code, period, new IndicatorYears.Correction(form.getValue().toValue(),
                        null, null, form.getReason(), form.getSourceDate().date().orElse(null)));
                return IndicatorForms.done(redirect, "Value corrected for " + Words.period(period));
            } catch (LedgerRejection | InvalidRequest refusal) {
                valueFields(form.getValue().getState()).field("reason", "reason", "Reason").addTo(result, refusal);
            }
        }
        describe(model, years.record(caller, org, code), code, period);
        return CORRECT;
    }

    @GetMapping("/{period}/withdraw")
    String withdraw(Caller caller, @PathVariable String org, @PathVariable String code, @PathVariable String period,
                    Model model) {
        Action.RECORD_RETURNS.requireBy(caller.user(), org);
        model.addAttribute("form", new ReasonForm());
        describe(model, years.record(caller, org, code), code, period);
        return WITHDRAW;
    }

    @PostMapping("/{period}/withdraw")
    String withdraw(Caller caller, @PathVariable String org, @PathVariable String code, @PathVariable String period,
                    @Valid @ModelAttribute("form") ReasonForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.withdrawValue(caller, org, code, period, form.getReason());
                return IndicatorForms.done(redirect, "Value withdrawn for " + Words.period(period));
            } catch (LedgerRejection | InvalidRequest refusal) {
                Refusals.of().field("reason", "reason", "Reason").addTo(result, refusal);
            }
        }
        describe(model, years.record(caller, org, code), code, period);
        return WITHDRAW;
    }

    /** The page shows the value being corrected or withdrawn; a period without one has nothing to change. */
    private static void describe(Model model, IndicatorRecord record, String code, String period) {
        IndicatorForms.describe(model, record);
        model.addAttribute("period", period);
        model.addAttribute("current", current(record, code, period));
    }

    private static ValueChange current(IndicatorRecord record, String code, String period) {
        return IndicatorForms.currentValue(record, period).orElseThrow(() -> new LedgerRejection(
                LedgerErrorCode.VALUE_NOT_FOUND, "period", "Indicator " + code + " has no value for "
                + Words.period(period) + " to change"));
    }

    /** The value's fields as refusals name them: the reason is the chosen state's own. */
    static Refusals valueFields(ValueState state) {
        return Refusals.of()
                .field("value", "value." + ValueInput.reasonProperty(state == null ? ValueState.NUMBER : state),
                        "Value")
                .field("value.number", "value.number", "Value")
                .field("value.reason", "value." + ValueInput.reasonProperty(state), "Reason")
                .field("sourceDate", "sourceDate", "Source date");
    }
}
