package org.performanceledger.query.audit;

import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.query.Words;

/** Each kind of event in an auditor's words: what happened, what was in force before and after, and why. */
final class AuditDescriptions {

    record Description(String organisationId, String code, String period, String what, String before, String after,
                       String why) {
    }

    private AuditDescriptions() {
    }

    /** The description of a ledger event, or null for anything that is not one. */
    static Description describe(Object event) {
        if (event instanceof OrganisationRegistered e) {
            return new Description(e.organisationId(), null, null, "Organisation registered", null,
                    e.name() + "; returns due " + e.returnDueDays() + " days after each period", null);
        } else if (event instanceof IndicatorRegistered e) {
            return new Description(e.organisationId(), e.code(), null, e.recodedFrom() == null
                    ? "Indicator registered" : "Indicator registered, re-coded from " + e.recodedFrom(), null,
                    e.definition().shortName() + " (" + e.definition().polarity() + ")", null);
        } else if (event instanceof IndicatorAmended e) {
            return new Description(e.organisationId(), e.code(), null, "Indicator amended",
                    e.previous().toString(), e.amended().toString(), e.reason());
        } else if (event instanceof IndicatorRecoded e) {
            return new Description(e.organisationId(), e.code(), null, "Indicator re-coded", e.code(), e.newCode(),
                    e.reason());
        } else if (event instanceof IndicatorRetired e) {
            return new Description(e.organisationId(), e.code(), null, "Indicator retired", "active", "retired",
                    e.reason());
        } else if (event instanceof ComparatorRecorded e) {
            return new Description(e.organisationId(), e.code(), e.comparator().period(), "Comparator recorded", null,
                    e.comparator().kind() + " " + e.comparator().value().toPlainString() + " (" + e.comparator()
                            .source() + ")", null);
        } else if (event instanceof TargetSet e) {
            return new Description(e.organisationId(), e.code(), e.year(), "Target set from " + e.effectiveFrom(),
                    Words.of(e.replaced()), Words.of(e.target()), e.reason() + " (authority: " + e.authority() + ")");
        } else if (event instanceof ValueRecorded e) {
            return new Description(e.organisationId(), e.code(), e.period(), e.late() ? "Value recorded late"
                    : "Value recorded", null, Words.of(e.value()), null);
        } else if (event instanceof ValueCorrected e) {
            return new Description(e.organisationId(), e.code(), e.period(), "Value corrected", Words.of(e.replaced()),
                    Words.of(e.value()), e.reason());
        } else if (event instanceof ValueWithdrawn e) {
            return new Description(e.organisationId(), e.code(), e.period(), "Value withdrawn", Words.of(e.withdrawn()),
                    null, e.reason());
        } else if (event instanceof OutturnRecorded e) {
            return new Description(e.organisationId(), e.code(), e.year(), "Outturn recorded (" + e.kind() + ")",
                    Words.of(e.replaced()), Words.of(e.value()), e.reason());
        } else if (event instanceof CommentaryDrafted e) {
            return new Description(e.organisationId(), e.code(), e.period(), "Commentary draft " + e.draft(), null,
                    e.explanation(), null);
        } else if (event instanceof ExpectedOutcomeDeclared e) {
            return new Description(e.organisationId(), e.code(), e.period(), "Expected outcome declared",
                    e.replaced() == null ? null : e.replaced().name(), e.outcome().name(), null);
        } else if (event instanceof ReportPublished e) {
            return new Description(e.organisationId(), null, e.period(), "Report published to " + e.committee(),
                    null, e.title(), null);
        }
        return null;
    }
}
