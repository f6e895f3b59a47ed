package org.performanceledger.command.year;

import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.command.OrganisationFacts;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.events.Periods;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.performanceledger.command.Rejections.reject;
import static org.performanceledger.command.Rejections.require;

/** The named rules every command on an indicator's year is checked against, before anything is applied. */
final class YearRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearRules() {
    }

    /** What every command on an indicator's year stands on: the organisation and the indicator, still reported. */
    record Scope(OrganisationFacts organisation, String code, IndicatorDefinition definition) {

        /** The year a period of this indicator belongs to; the one place a period becomes a year. */
        String yearOf(String field, String period) {
            if (!Periods.isPeriod(period)) {
                throw LedgerRejection.periodMalformed(field, period);
            }
            String year = Periods.yearOf(period, definition.frequency(), definition.yearBasis())
                    .orElseThrow(() -> LedgerRejection.periodNotOfIndicator(field, period, code, definition));
            return covered(field, year);
        }

        /** A year written as one, that the indicator covers. */
        String year(String field, String year) {
            if (!Periods.isYear(year)) {
                throw new LedgerRejection(LedgerErrorCode.PERIOD_MALFORMED, field,
                        "'" + year + "' is not a year such as 2018-19");
            }
            return covered(field, year);
        }

        private String covered(String field, String year) {
            String introduced = definition.yearIntroduced();
            require(introduced == null || Periods.startOf(year) >= Periods.startOf(introduced),
                    LedgerErrorCode.YEAR_NOT_COVERED, field, "Indicator '" + code + "' was introduced in "
                            + introduced + " and does not cover " + year);
            return year;
        }
    }

    /** The organisation is registered, and the indicator is registered in it and still reported. */
    static Scope scope(String organisationId, String code, LedgerDirectory directory) {
        OrganisationFacts organisation = directory.organisation(organisationId)
                .orElseThrow(() -> LedgerRejection.organisationNotFound(organisationId));
        IndicatorFacts facts = directory.indicator(organisationId, code)
                .orElseThrow(() -> LedgerRejection.indicatorNotFound(organisationId, code));
        if (!facts.active()) {
            throw LedgerRejection.indicatorRetired(code);
        }
        return new Scope(organisation, code, facts.definition());
    }

    /** A value can only be given for a period that has begun by the ledger's clock. */
    static void begun(String period, IndicatorDefinition definition, LocalDate today) {
        LocalDate first = Periods.firstDayOf(period, definition.frequency(), definition.yearBasis());
        require(!first.isAfter(today), LedgerErrorCode.PERIOD_NOT_BEGUN, "period",
                "Period " + period + " begins on " + first + ": a value can be given once it has begun");
    }

    /** A date a source document claims for a value lies between 1900 and the ledger's today. */
    static void sourceDate(LocalDate sourceDate, LocalDate today) {
        if (sourceDate == null) {
            return;
        }
        require(!sourceDate.isBefore(LedgerRules.EARLIEST_SOURCE_DATE) && !sourceDate.isAfter(today),
                LedgerErrorCode.DATE_OUT_OF_RANGE, "sourceDate", "A source's date must lie between "
                        + LedgerRules.EARLIEST_SOURCE_DATE + " and today (" + today + "), not " + sourceDate);
    }

    /** Targets are set for this year and at most {@value LedgerRules#TARGET_YEARS_AHEAD} years ahead. */
    static void withinReach(String year, LocalDate today) {
        int latest = today.getYear() + LedgerRules.TARGET_YEARS_AHEAD;
        require(Periods.startOf(year) <= latest, LedgerErrorCode.PERIOD_OUT_OF_RANGE, "year",
                "Targets can be set at most " + LedgerRules.TARGET_YEARS_AHEAD + " years ahead: " + year
                        + " starts after " + latest);
    }

    /** The period has the indicator's frequency and lies in the command's year on its year basis. */
    static void periodInYear(String field, String period, String year, String code, IndicatorDefinition definition) {
        if (!Periods.isPeriod(period)) {
            throw LedgerRejection.periodMalformed(field, period);
        }
        require(Periods.yearOf(period, definition.frequency(), definition.yearBasis()).filter(year::equals)
                        .isPresent(), LedgerErrorCode.PERIOD_NOT_IN_YEAR, field,
                "'" + period + "' is not a " + definition.frequency().words().toLowerCase() + " period of "
                        + "indicator '" + code + "' in year " + year);
    }

    /** A number has a number; anything else says why there is none; percentages stay within 0-100. */
    static void completeValue(String field, MeasuredValue value, IndicatorDefinition definition) {
        if (value.state() == ValueState.NUMBER) {
            require(value.number() != null, LedgerErrorCode.VALUE_INCOMPLETE, field + ".number",
                    "A value of state NUMBER needs a number");
            percentage(field + ".number", value.number(), definition);
        } else {
            require(value.number() == null, LedgerErrorCode.VALUE_INCOMPLETE, field + ".number",
                    "A value of state " + value.state() + " has no number");
            require(value.reason() != null && !value.reason().isBlank(), LedgerErrorCode.VALUE_INCOMPLETE,
                    field + ".reason", "A value of state " + value.state() + " needs a reason");
        }
    }

    static void fraction(BigDecimal numerator, BigDecimal denominator) {
        require(denominator == null || denominator.signum() != 0, LedgerErrorCode.VALUE_INCOMPLETE, "denominator",
                "A denominator cannot be zero");
    }

    /** The target, its stretch, tolerance and profile are each complete and consistent with the indicator. */
    static void completeTarget(SetTarget command, IndicatorDefinition definition) {
        target("target", command.target(), definition);
        if (command.stretchTarget() != null) {
            target("stretchTarget", command.stretchTarget(), definition);
        }
        Tolerance tolerance = command.tolerance();
        if (tolerance != null) {
            require(tolerance.kind() != null && tolerance.amount() != null && tolerance.amount().signum() >= 0,
                    LedgerErrorCode.TARGET_INCOMPLETE, "tolerance",
                    "A tolerance needs a kind (ABSOLUTE or RELATIVE_PERCENT) and an amount of 0 or more");
        }
        periodInYear("effectiveFrom", command.effectiveFrom(), command.year(), command.code(), definition);
        List<PeriodTarget> profile = command.profile() == null ? List.of() : command.profile();
        for (int i = 0; i < profile.size(); i++) {
            PeriodTarget entry = profile.get(i);
            String field = "profile[" + i + "]";
            periodInYear(field + ".period", entry.period(), command.year(), command.code(), definition);
            if (entry.target() != null) {
                percentage(field + ".target", entry.target(), definition);
            } else if (entry.lower() != null || entry.upper() != null) {
                require(entry.lower() != null && entry.upper() != null, LedgerErrorCode.TARGET_INCOMPLETE, field,
                        "An expected range needs a lower and an upper value");
                require(entry.lower().compareTo(entry.upper()) <= 0, LedgerErrorCode.RANGE_REVERSED, field,
                        "The lower expected value " + entry.lower() + " exceeds the upper " + entry.upper());
            }
            // An entry with neither says the period has no target of its own (a report's "-").
        }
        if (definition.basis() == org.performanceledger.events.Basis.CUMULATIVE_YTD && !profile.isEmpty()
                && command.target().number() != null) {
            PeriodTarget last = profile.stream().max(java.util.Comparator.comparing(entry ->
                    Periods.lastDayOf(entry.period(), definition.yearBasis()))).orElseThrow();
            // A profile known only so far (April to January, as a report shows it) is complete as far as it goes;
            // one that reaches the year's last period must arrive at the annual target.
            boolean reachesYearEnd = !Periods.lastDayOf(last.period(), definition.yearBasis()).plusMonths(1)
                    .isBefore(Periods.lastDayOf(command.year(), definition.yearBasis()));
            require(!reachesYearEnd || last.target() != null
                            && last.target().compareTo(command.target().number()) == 0,
                    LedgerErrorCode.PROFILE_DOES_NOT_END_AT_TARGET, "profile", "A cumulative profile must end at "
                            + "the annual target " + command.target().number() + ", but ends at " + last.target());
        }
    }

    private static void target(String field, Target target, IndicatorDefinition definition) {
        require(target.kind() != null, LedgerErrorCode.TARGET_INCOMPLETE, field + ".kind",
                "A target needs a kind: NUMBER, RANGE, TEXT or TBC");
        switch (target.kind()) {
            case NUMBER -> {
                require(target.number() != null, LedgerErrorCode.TARGET_INCOMPLETE, field + ".number",
                        "A NUMBER target needs a number");
                percentage(field + ".number", target.number(), definition);
            }
            case RANGE -> {
                require(target.lower() != null && target.upper() != null, LedgerErrorCode.TARGET_INCOMPLETE, field,
                        "A RANGE target needs a lower and an upper bound");
                require(target.lower().compareTo(target.upper()) <= 0, LedgerErrorCode.RANGE_REVERSED, field,
                        "The lower bound " + target.lower() + " exceeds the upper bound " + target.upper());
                percentage(field + ".lower", target.lower(), definition);
                percentage(field + ".upper", target.upper(), definition);
            }
            case TEXT -> require(target.text() != null && !target.text().isBlank(),
                    LedgerErrorCode.TARGET_INCOMPLETE, field + ".text", "A TEXT target needs its text");
            case TBC -> {
            }
        }
    }

    private static void percentage(String field, BigDecimal number, IndicatorDefinition definition) {
        if (IndicatorDefinition.PERCENT.equals(definition.unit())) {
            require(number.signum() >= 0 && number.compareTo(HUNDRED) <= 0, LedgerErrorCode.PERCENTAGE_OUT_OF_RANGE,
                    field, number + " is not a percentage between 0 and 100");
        }
    }
}
