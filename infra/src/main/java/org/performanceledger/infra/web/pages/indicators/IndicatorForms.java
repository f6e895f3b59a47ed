package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.application.years.IndicatorYears.IndicatorRecord;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Periods;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.performanceledger.query.history.IndicatorYearHistory.PeriodHistory;
import org.performanceledger.query.history.IndicatorYearHistory.ValueChange;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Optional;

/**
 * What every form about an indicator shares: the indicator and its organisation above the form, finding a period or
 * a year in its record, and the way back to its page with a success banner once something is recorded.
 */
public final class IndicatorForms {

    /** The indicator's page; Spring fills in {org} and {code} from the request's own path, encoded. */
    public static final String BACK_TO_INDICATOR = "redirect:/organisations/{org}/indicators/{code}";

    private IndicatorForms() {
    }

    /** The indicator and its organisation, for the form's caption and its way back. */
    public static void describe(Model model, IndicatorRecord record) {
        model.addAttribute("organisation", record.organisation());
        model.addAttribute("indicator", record.indicator());
    }

    /** Back to the indicator's page, which shows {@code done} ("Value recorded") in a success banner. */
    public static String done(RedirectAttributes redirect, String done) {
        redirect.addFlashAttribute("success", done);
        return BACK_TO_INDICATOR;
    }

    /** The year document of a year, if anything was recorded for it. */
    public static Optional<IndicatorYearHistory> year(IndicatorRecord record, String year) {
        return record.years().stream().filter(each -> each.year().equals(year)).findFirst();
    }

    /** A period's versions, if it has any; empty for a period not of this indicator. */
    public static Optional<PeriodHistory> period(IndicatorRecord record, String period) {
        IndicatorDefinition definition = record.indicator().definition();
        return Optional.ofNullable(period)
                .flatMap(given -> Periods.yearOf(given, definition.frequency(), definition.yearBasis()))
                .flatMap(year -> year(record, year))
                .map(year -> year.periods() == null ? null : year.periods().get(period));
    }

    /** The latest version of a period's value, if it has a value in force. */
    public static Optional<ValueChange> currentValue(IndicatorRecord record, String period) {
        return period(record, period).map(PeriodHistory::values).filter(values -> !values.isEmpty())
                .map(values -> values.get(values.size() - 1)).filter(latest -> latest.value() != null);
    }

    /** The measured value in force for a period, or null. */
    public static MeasuredValue valueOf(IndicatorRecord record, String period) {
        return currentValue(record, period).map(ValueChange::value).orElse(null);
    }

    /** The last element of a list, if any. */
    public static <T> Optional<T> latest(List<T> versions) {
        return versions == null || versions.isEmpty() ? Optional.empty()
                : Optional.of(versions.get(versions.size() - 1));
    }
}
