package org.performanceledger.application.years;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordOutturn;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.command.year.WithdrawValue;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.performanceledger.query.history.IndicatorYearsQuery;
import org.performanceledger.query.history.ValueHistory;
import org.performanceledger.query.history.ValueHistoryQuery;
import org.performanceledger.query.organisations.FindOrganisationQuery;
import org.performanceledger.query.organisations.OrganisationView;
import org.performanceledger.query.register.IndicatorView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's years: its targets, the values of its periods and their corrections, outturns, commentary and
 * expected outcomes. The command side works out which year a period belongs to; these only say who may ask.
 */
public class IndicatorYears {

    /** A period's value: a number, or why there is none; optionally the fraction behind it and a source's date. */
    public record ValueReturn(@NotNull MeasuredValue value, BigDecimal numerator, BigDecimal denominator,
                              LocalDate sourceDate) {
    }

    /** A restated value, with the reason. */
    public record Correction(@NotNull MeasuredValue value, BigDecimal numerator, BigDecimal denominator,
                             @NotBlank @Size(max = LedgerRules.REASON_MAX) String reason, LocalDate sourceDate) {
    }

    /** A year's target, its stretch, tolerance and profile, with the reason, authority and first period. */
    public record TargetSetting(@NotNull Target target, Target stretchTarget, Tolerance tolerance,
                                List<PeriodTarget> profile,
                                @NotBlank @Size(max = LedgerRules.REASON_MAX) String reason,
                                @NotBlank @Size(max = LedgerRules.NAME_MAX) String authority,
                                @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN,
                                        message = LedgerRules.PERIOD_RULE) String effectiveFrom) {
    }

    /** A year-end result, estimated, final or revised, with the reason. */
    public record Outturn(@NotNull OutturnKind kind, @NotNull MeasuredValue value,
                          @NotBlank @Size(max = LedgerRules.REASON_MAX) String reason) {
    }

    /** A draft of a period's commentary. */
    public record Commentary(@NotBlank @Size(max = LedgerRules.COMMENTARY_MAX) String explanation,
                             @Size(max = LedgerRules.COMMENTARY_MAX) String actions,
                             @Size(max = LedgerRules.COMMENTARY_MAX) String anticipated) {
    }

    /**
     * An indicator as its page shows it: its organisation, the register's view of it and every year the ledger
     * holds of it, oldest first: as far ahead as targets may be set, and {@value #RECORD_YEARS} years back from there.
     */
    public record IndicatorRecord(OrganisationView organisation, IndicatorView indicator,
                                  List<IndicatorYearHistory> years) {
    }

    /** How many years back an indicator's record goes when no first year is asked for. */
    static final int YEARS_SHOWN = 3;

    /** How many years back an indicator's whole record goes: the most one read of its years may span. */
    static final int RECORD_YEARS = 25;

    private final Ledger ledger;
    private final Indicators indicators;
    private final Clock clock;

    public IndicatorYears(Ledger ledger, Indicators indicators, Clock clock) {
        this.ledger = ledger;
        this.indicators = indicators;
        this.clock = clock;
    }

    /**
     * Every version of the indicator's years from {@code firstYear} to {@code lastYear} (both {@code 2018-19}; by
     * default the current year and the {@value #YEARS_SHOWN} before it): targets, outturns, and per period values,
     * commentary drafts and expected outcomes.
     */
    public List<IndicatorYearHistory> years(Caller caller, String organisationId, String code, String firstYear,
                                            String lastYear) {
        Action.READ.requireBy(caller.user(), organisationId);
        IndicatorView indicator = indicators.existing(organisationId, code);
        String last = lastYear == null ? currentYear(indicator) : year("to", lastYear);
        String first = firstYear == null ? Periods.yearStarting(Periods.startOf(last) - YEARS_SHOWN)
                : year("from", firstYear);
        if (Periods.startOf(last) - Periods.startOf(first) > RECORD_YEARS
                || Periods.startOf(last) < Periods.startOf(first)) {
            throw new LedgerRejection(LedgerErrorCode.PERIOD_OUT_OF_RANGE, "from",
                    "Ask for at most 25 years, the first before the last: " + first + " to " + last);
        }
        return ledger.query(new IndicatorYearsQuery(organisationId, code, first, last),
                ResponseTypes.multipleInstancesOf(IndicatorYearHistory.class));
    }

    /**
     * The indicator, its organisation and every year the ledger holds of it, as far ahead as targets may be set and
     * {@value #RECORD_YEARS} years back from there: for the indicator's page.
     */
    public IndicatorRecord record(Caller caller, String organisationId, String code) {
        Action.READ.requireBy(caller.user(), organisationId);
        IndicatorView indicator = indicators.existing(organisationId, code);
        String last = Periods.yearStarting(Periods.startOf(currentYear(indicator)) + LedgerRules.TARGET_YEARS_AHEAD);
        String first = Periods.yearStarting(Periods.startOf(last) - RECORD_YEARS);
        OrganisationView organisation = ledger.query(new FindOrganisationQuery(organisationId),
                        ResponseTypes.optionalInstanceOf(OrganisationView.class))
                .orElseThrow(() -> LedgerRejection.organisationNotFound(organisationId));
        return new IndicatorRecord(organisation, indicator, ledger.query(new IndicatorYearsQuery(organisationId, code,
                first, last), ResponseTypes.multipleInstancesOf(IndicatorYearHistory.class)));
    }

    /** The current year on the indicator's year basis, by the ledger's clock (the one after the latest ended). */
    private String currentYear(IndicatorView indicator) {
        String latestEnded = Periods.latestEnded(Frequency.ANNUAL, indicator.definition().yearBasis(),
                LocalDate.now(clock));
        return Periods.yearStarting(Periods.startOf(latestEnded) + 1);
    }

    /** One year of the indicator, as {@link #years}; empty when nothing was recorded for it. */
    public Optional<IndicatorYearHistory> year(Caller caller, String organisationId, String code, String year) {
        String checked = year("year", year);
        return years(caller, organisationId, code, checked, checked).stream().findFirst();
    }

    private static String year(String field, String year) {
        if (!Periods.isYear(year)) {
            throw new LedgerRejection(LedgerErrorCode.PERIOD_MALFORMED, field, "'" + year
                    + "' is not a year such as 2018-19", java.util.Map.of("acceptedForms", "years such as 2018-19"));
        }
        return year;
    }

    public void recordValue(Caller caller, String organisationId, String code, String period, ValueReturn value) {
        String role = Action.RECORD_RETURNS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new RecordValue(organisationId, code, period, value.value(), value.numerator(),
                value.denominator(), value.sourceDate()));
    }

    public void correctValue(Caller caller, String organisationId, String code, String period,
                             Correction correction) {
        String role = Action.RECORD_RETURNS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new CorrectValue(organisationId, code, period, correction.value(),
                correction.numerator(), correction.denominator(), correction.reason(), correction.sourceDate()));
    }

    public void withdrawValue(Caller caller, String organisationId, String code, String period, String reason) {
        String role = Action.RECORD_RETURNS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new WithdrawValue(organisationId, code, period, reason));
    }

    public void setTarget(Caller caller, String organisationId, String code, String year, TargetSetting setting) {
        String role = Action.SET_TARGETS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new SetTarget(organisationId, code, year, setting.target(), setting.stretchTarget(),
                setting.tolerance(), setting.profile(), setting.reason(), setting.authority(),
                setting.effectiveFrom()));
    }

    public void recordOutturn(Caller caller, String organisationId, String code, String year, Outturn outturn) {
        String role = Action.RECORD_RETURNS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new RecordOutturn(organisationId, code, year, outturn.kind(), outturn.value(),
                outturn.reason()));
    }

    public void draftCommentary(Caller caller, String organisationId, String code, String period,
                                Commentary commentary) {
        String role = Action.RECORD_RETURNS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new DraftCommentary(organisationId, code, period, commentary.explanation(),
                commentary.actions(), commentary.anticipated()));
    }

    public void declareExpectedOutcome(Caller caller, String organisationId, String code, String period,
                                       ExpectedOutcome outcome) {
        String role = Action.RECORD_RETURNS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new DeclareExpectedOutcome(organisationId, code, period, outcome));
    }

    /** Every version of a period's value: when, who, why, what it replaced; as the ledger knew it at asOf. */
    public ValueHistory valueHistory(Caller caller, String organisationId, String code, String period,
                                     Instant asOf) {
        Action.READ.requireBy(caller.user(), organisationId);
        IndicatorView indicator = indicators.existing(organisationId, code);
        if (!Periods.isPeriod(period)) {
            throw LedgerRejection.periodMalformed("period", period);
        }
        if (Periods.yearOf(period, indicator.definition().frequency(), indicator.definition().yearBasis())
                .isEmpty()) {
            throw LedgerRejection.periodNotOfIndicator("period", period, code, indicator.definition());
        }
        Optional<ValueHistory> history = ledger.query(new ValueHistoryQuery(organisationId, code, period, asOf),
                ResponseTypes.optionalInstanceOf(ValueHistory.class));
        return history.orElseThrow(() -> LedgerRejection.indicatorNotFound(organisationId, code));
    }
}
