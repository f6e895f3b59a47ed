package org.performanceledger.events;

/**
 * Every fact the ledger records, one sealed family per aggregate. A reader that must treat every kind of event (the
 * audit trail's descriptions, say) implements {@link Visitor}: an event added to a family must be added to the
 * visitor too, so every reader that has to know about it fails to compile until it does. (Java 17 has no pattern
 * matching over a sealed type in a switch; the visitor gives the same guarantee.)
 */
public sealed interface LedgerEvent permits OrganisationEvent, IndicatorEvent, IndicatorYearEvent {

    /** The organisation the fact belongs to. */
    String organisationId();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of event the ledger records. */
    interface Visitor<R> {

        R visit(OrganisationRegistered event);

        R visit(ReportPublished event);

        R visit(StatusSchemeChosen event);

        R visit(CorporateAimDescribed event);

        R visit(IndicatorRegistered event);

        R visit(IndicatorAmended event);

        R visit(IndicatorRetired event);

        R visit(IndicatorRecoded event);

        R visit(ComparatorRecorded event);

        R visit(TargetSet event);

        R visit(ValueRecorded event);

        R visit(ValueCorrected event);

        R visit(ValueWithdrawn event);

        R visit(OutturnRecorded event);

        R visit(CommentaryDrafted event);

        R visit(ExpectedOutcomeDeclared event);
    }
}
