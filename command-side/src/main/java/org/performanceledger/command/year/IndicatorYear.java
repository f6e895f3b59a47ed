package org.performanceledger.command.year;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.performanceledger.command.YearFacts;
import org.performanceledger.events.Periods;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.performanceledger.command.Rejections.require;

/**
 * One indicator's year: its targets, the returns for its periods and their corrections, its outturns, commentary
 * and expected outcomes (docs/adr/0005). Commands reach it through {@link IndicatorYearCommandHandler}, which has
 * already checked the organisation, the indicator and the period; its own rules are the year's: one value per
 * period, corrections that change something, numbers that fit the indicator. Officers correcting different indicators, or different years, never meet;
 * two correcting the same indicator and year at once are serialised by the event store. The revision is the shape of
 * its snapshots: a snapshot of another revision is ignored and the aggregate replayed from its events.
 */
@Revision("2")
public class IndicatorYear {

    @AggregateIdentifier
    private String indicatorYearId;
    private String organisationId;
    private String code;
    private String year;
    private YearFacts.TargetFacts targetFacts;
    private final Map<String, MeasuredValue> values = new HashMap<>();
    private MeasuredValue outturn;
    private OutturnKind outturnKind;
    private final Map<String, Integer> commentaryDrafts = new HashMap<>();
    private final Map<String, YearFacts.Commentary> latestCommentary = new HashMap<>();
    private final Map<String, ExpectedOutcome> expectedOutcomes = new HashMap<>();

    IndicatorYear() {
        // Axon rebuilds the aggregate from its events; IndicatorYearCommandHandler creates a new year with it.
    }

    /** Sets or changes the year's target; {@link YearRules#completeTarget} has checked it against the indicator. */
    void setTarget(SetTarget command) {
        apply(new TargetSet(command.organisationId(), command.code(), command.year(), command.target(),
                command.stretchTarget(), command.tolerance(),
                command.profile() == null ? List.of() : List.copyOf(command.profile()), command.reason().strip(),
                command.authority().strip(), command.effectiveFrom(),
                targetFacts == null ? null : targetFacts.target()));
    }

    /** Records a period's first value; late when the ledger's day is after the organisation's due date. */
    void record(RecordValue command, String year, IndicatorDefinition definition, int returnDueDays,
                LocalDate today) {
        YearRules.completeValue("value", command.value(), definition);
        YearRules.fraction(command.numerator(), command.denominator());
        require(!values.containsKey(command.period()), LedgerErrorCode.VALUE_ALREADY_RECORDED, "period",
                "Period " + command.period() + " already has a value; correct it instead");
        LocalDate due = Periods.lastDayOf(command.period(), definition.frequency(), definition.yearBasis())
                .plusDays(returnDueDays);
        apply(new ValueRecorded(command.organisationId(), command.code(), year, command.period(),
                command.value(), command.numerator(), command.denominator(), due, today.isAfter(due),
                command.sourceDate()));
    }

    void correct(CorrectValue command, String year, IndicatorDefinition definition) {
        YearRules.completeValue("value", command.value(), definition);
        YearRules.fraction(command.numerator(), command.denominator());
        MeasuredValue current = values.get(command.period());
        require(current != null, LedgerErrorCode.NO_VALUE_RECORDED, "period",
                "Period " + command.period() + " has no value to correct; record one");
        require(!current.sameAs(command.value()), LedgerErrorCode.CORRECTION_IDENTICAL, "value",
                "The correction is identical to the value in force");
        apply(new ValueCorrected(command.organisationId(), command.code(), year, command.period(),
                command.value(), command.numerator(), command.denominator(), current, command.reason().strip(),
                command.sourceDate()));
    }

    void withdraw(WithdrawValue command, String year) {
        MeasuredValue current = values.get(command.period());
        require(current != null, LedgerErrorCode.NO_VALUE_RECORDED, "period",
                "Period " + command.period() + " has no value to withdraw");
        apply(new ValueWithdrawn(command.organisationId(), command.code(), year, command.period(),
                current, command.reason().strip()));
    }

    void recordOutturn(RecordOutturn command) {
        apply(new OutturnRecorded(command.organisationId(), command.code(), command.year(), command.kind(),
                command.value(), outturn, command.reason().strip()));
    }

    void draftCommentary(DraftCommentary command, String year) {
        apply(new CommentaryDrafted(command.organisationId(), command.code(), year, command.period(),
                command.explanation().strip(), strip(command.actions()), strip(command.anticipated()),
                commentaryDrafts.getOrDefault(command.period(), 0) + 1));
    }

    void declareExpectedOutcome(DeclareExpectedOutcome command, String year) {
        apply(new ExpectedOutcomeDeclared(command.organisationId(), command.code(), year,
                command.period(), command.outcome(), expectedOutcomes.get(command.period())));
    }

    public YearFacts facts() {
        return new YearFacts(organisationId, code, year, targetFacts, Map.copyOf(values), Map.copyOf(latestCommentary),
                Map.copyOf(expectedOutcomes), outturn == null ? null : new YearFacts.Outturn(outturnKind, outturn));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void identify(String organisationId, String code, String year) {
        this.indicatorYearId = IndicatorYearId.of(organisationId, code, year);
        this.organisationId = organisationId;
        this.code = code;
        this.year = year;
    }

    @EventSourcingHandler
    void on(TargetSet event) {
        identify(event.organisationId(), event.code(), event.year());
        targetFacts = new YearFacts.TargetFacts(event.target(), event.stretchTarget(), event.tolerance(),
                event.profile() == null ? List.of() : List.copyOf(event.profile()));
    }

    @EventSourcingHandler
    void on(ValueRecorded event) {
        identify(event.organisationId(), event.code(), event.year());
        values.put(event.period(), event.value());
    }

    @EventSourcingHandler
    void on(ValueCorrected event) {
        values.put(event.period(), event.value());
    }

    @EventSourcingHandler
    void on(ValueWithdrawn event) {
        values.remove(event.period());
    }

    @EventSourcingHandler
    void on(OutturnRecorded event) {
        identify(event.organisationId(), event.code(), event.year());
        outturn = event.value();
        outturnKind = event.kind();
    }

    @EventSourcingHandler
    void on(CommentaryDrafted event) {
        identify(event.organisationId(), event.code(), event.year());
        commentaryDrafts.put(event.period(), event.draft());
        latestCommentary.put(event.period(), new YearFacts.Commentary(event.explanation(), event.actions(),
                event.anticipated()));
    }

    @EventSourcingHandler
    void on(ExpectedOutcomeDeclared event) {
        identify(event.organisationId(), event.code(), event.year());
        expectedOutcomes.put(event.period(), event.outcome());
    }
}
