package org.performanceledger.query.audit;

import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.CorporateAimDescribed;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.FieldChange;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.LedgerEvent;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.StatusSchemeChosen;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.events.Worded;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Each kind of event in an auditor's words: what happened, what was in force before and after, and why. A visitor
 * over the sealed {@link LedgerEvent} family, so an event kind without a description here does not compile.
 */
final class AuditDescriptions implements LedgerEvent.Visitor<AuditDescriptions.Description> {

    record Description(String organisationId, String code, String period, String what, String before, String after,
                       String why) {
    }

    private static final AuditDescriptions WORDS = new AuditDescriptions();

    private AuditDescriptions() {
    }

    /** The description of a ledger event, or null for anything that is not one. */
    static Description describe(Object event) {
        return event instanceof LedgerEvent ledgerEvent ? ledgerEvent.accept(WORDS) : null;
    }

    @Override
    public Description visit(OrganisationRegistered e) {
        return new Description(e.organisationId(), null, null, "Organisation registered", null,
                e.name() + "; returns due " + e.returnDueDays() + " days after each period", null);
    }

    @Override
    public Description visit(ReportPublished e) {
        return new Description(e.organisationId(), null, e.period(), "Report published to " + e.committee(),
                null, e.title(), null);
    }

    @Override
    public Description visit(StatusSchemeChosen e) {
        return new Description(e.organisationId(), null, null, "Status scheme chosen", null,
                words(e.scheme()), e.reason());
    }

    @Override
    public Description visit(CorporateAimDescribed e) {
        String priorities = e.priorities() == null || e.priorities().isEmpty() ? ""
                : (e.description() == null ? "" : ". ") + "Priorities: " + String.join(" • ", e.priorities());
        return new Description(e.organisationId(), null, null, "Corporate aim " + e.aim() + " described", null,
                (e.description() == null ? "" : e.description()) + priorities, null);
    }

    @Override
    public Description visit(IndicatorRegistered e) {
        return new Description(e.organisationId(), e.code(), null, e.recodedFrom() == null
                ? "Indicator registered" : "Indicator registered, re-coded from " + e.recodedFrom(), null,
                e.definition().shortName() + " (" + words(e.definition().polarity()) + ")", null);
    }

    /** "Indicator amended: Polarity: Aim to Maximise → Aim to Minimise", before and after naming each field. */
    @Override
    public Description visit(IndicatorAmended e) {
        List<FieldChange> changes = e.previous().changesTo(e.amended());
        return new Description(e.organisationId(), e.code(), null, "Indicator amended: " + changes.stream()
                .map(FieldChange::words).collect(Collectors.joining("; ")),
                changes.stream().map(change -> change.label() + ": " + change.before())
                        .collect(Collectors.joining("; ")),
                changes.stream().map(change -> change.label() + ": " + change.after())
                        .collect(Collectors.joining("; ")), e.reason());
    }

    @Override
    public Description visit(IndicatorRetired e) {
        return new Description(e.organisationId(), e.code(), null, "Indicator retired", "active", "retired",
                e.reason());
    }

    @Override
    public Description visit(IndicatorRecoded e) {
        return new Description(e.organisationId(), e.code(), null, "Indicator re-coded", e.code(), e.newCode(),
                e.reason());
    }

    @Override
    public Description visit(ComparatorRecorded e) {
        return new Description(e.organisationId(), e.code(), e.comparator().period(), "Comparator recorded", null,
                words(e.comparator().kind()) + " " + e.comparator().value().toPlainString() + " ("
                        + e.comparator().source() + ")", null);
    }

    @Override
    public Description visit(TargetSet e) {
        return new Description(e.organisationId(), e.code(), e.year(), "Target set from " + e.effectiveFrom(),
                words(e.replaced()), words(e.target()), e.reason() + " (authority: " + e.authority() + ")");
    }

    @Override
    public Description visit(ValueRecorded e) {
        return new Description(e.organisationId(), e.code(), e.period(), e.late() ? "Value recorded late"
                : "Value recorded", null, words(e.value()), null);
    }

    @Override
    public Description visit(ValueCorrected e) {
        return new Description(e.organisationId(), e.code(), e.period(), "Value corrected", words(e.replaced()),
                words(e.value()), e.reason());
    }

    @Override
    public Description visit(ValueWithdrawn e) {
        return new Description(e.organisationId(), e.code(), e.period(), "Value withdrawn", words(e.withdrawn()),
                null, e.reason());
    }

    @Override
    public Description visit(OutturnRecorded e) {
        return new Description(e.organisationId(), e.code(), e.year(), "Outturn recorded ("
                + e.kind().words().toLowerCase() + ")", words(e.replaced()), words(e.value()), e.reason());
    }

    @Override
    public Description visit(CommentaryDrafted e) {
        return new Description(e.organisationId(), e.code(), e.period(), "Commentary draft " + e.draft(), null,
                e.explanation(), null);
    }

    @Override
    public Description visit(ExpectedOutcomeDeclared e) {
        return new Description(e.organisationId(), e.code(), e.period(), "Expected outcome declared",
                words(e.replaced()), words(e.outcome()), null);
    }

    private static String words(Worded value) {
        return value == null ? null : value.words();
    }
}
