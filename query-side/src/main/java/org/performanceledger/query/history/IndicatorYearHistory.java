package org.performanceledger.query.history;

import org.bson.codecs.pojo.annotations.BsonId;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every version of one indicator's year, as {@code indicator_years} stores it ({@code _id = org:code:year}): its
 * targets and outturns, and per period its values (recorded, corrected, withdrawn), commentary drafts and expected
 * outcomes. It grows with that one year's facts only.
 *
 * @param lastChange the id of the event that changed the document last: the same id, the same document, so a reader
 *                   that kept the document can tell by reading this field alone whether it is still as kept
 *                   ({@link KeptYearDocuments}); null in documents stored before it was kept
 */
public record IndicatorYearHistory(@BsonId String id, String organisationId, String code, String year,
                                   List<TargetVersion> targets, List<OutturnVersion> outturns,
                                   Map<String, PeriodHistory> periods, String lastChange) {

    /** The field {@link #lastChange} is stored in. */
    static final String LAST_CHANGE = "lastChange";

    /** A target set for the year, in force from {@code effectiveFrom}. */
    public record TargetVersion(Recorded recorded, Target target, Target stretchTarget, Tolerance tolerance,
                                List<PeriodTarget> profile, String effectiveFrom, String authority, String reason,
                                Target replaced) implements Versioned {
    }

    /** An estimated, final or revised outturn of the year. */
    public record OutturnVersion(Recorded recorded, OutturnKind kind, MeasuredValue value, MeasuredValue replaced,
                                 String reason) implements Versioned {
    }

    /** One period's versions, each list in recording order. */
    public record PeriodHistory(List<ValueChange> values, List<CommentaryVersion> commentary,
                                List<OutcomeVersion> expectedOutcomes) {

        static final PeriodHistory EMPTY = new PeriodHistory(List.of(), List.of(), List.of());

        PeriodHistory plus(ValueChange value) {
            return new PeriodHistory(Versioned.plus(values, value), commentary, expectedOutcomes);
        }

        PeriodHistory plus(CommentaryVersion draft) {
            return new PeriodHistory(values, Versioned.plus(commentary, draft), expectedOutcomes);
        }

        PeriodHistory plus(OutcomeVersion outcome) {
            return new PeriodHistory(values, commentary, Versioned.plus(expectedOutcomes, outcome));
        }
    }

    /**
     * A period's value from this version on.
     *
     * @param change RECORDED, CORRECTED or WITHDRAWN
     * @param value  null once withdrawn
     */
    public record ValueChange(Recorded recorded, String change, MeasuredValue value, MeasuredValue replaced,
                              String reason, boolean late, String dueDate, String sourceDate) implements Versioned {
    }

    /** A draft of a period's commentary. */
    public record CommentaryVersion(Recorded recorded, int draft, String explanation, String actions,
                                    String anticipated) implements Versioned {
    }

    /** An expected outcome declared for a period. */
    public record OutcomeVersion(Recorded recorded, ExpectedOutcome outcome) implements Versioned {
    }

    static String idOf(String organisationId, String code, String year) {
        return organisationId + ":" + code + ":" + year;
    }

    static IndicatorYearHistory none(String organisationId, String code, String year) {
        return new IndicatorYearHistory(idOf(organisationId, code, year), organisationId, code, year, List.of(),
                List.of(), Map.of(), null);
    }

    /** A period's versions; empty lists for a period with none. */
    PeriodHistory period(String period) {
        PeriodHistory found = periods == null ? null : periods.get(period);
        return found == null ? PeriodHistory.EMPTY : found;
    }

    IndicatorYearHistory withPeriod(String period, PeriodHistory history) {
        Map<String, PeriodHistory> changed = new HashMap<>(periods == null ? Map.of() : periods);
        changed.put(period, history);
        return new IndicatorYearHistory(id, organisationId, code, year, targets, outturns, changed, lastChange);
    }

    IndicatorYearHistory plus(TargetVersion target) {
        return new IndicatorYearHistory(id, organisationId, code, year, Versioned.plus(targets, target), outturns,
                periods, lastChange);
    }

    IndicatorYearHistory plus(OutturnVersion outturn) {
        return new IndicatorYearHistory(id, organisationId, code, year, targets, Versioned.plus(outturns, outturn),
                periods, lastChange);
    }

    /** The same document, last changed by the event {@code eventId}. */
    IndicatorYearHistory changedBy(String eventId) {
        return new IndicatorYearHistory(id, organisationId, code, year, targets, outturns, periods, eventId);
    }
}
