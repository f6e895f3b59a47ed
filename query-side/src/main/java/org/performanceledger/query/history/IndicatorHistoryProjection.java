package org.performanceledger.query.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.CorporateAimDescribed;
import org.performanceledger.events.StatusSchemeChosen;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.query.ViewDefinition;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.BatchedWrites;

import com.mongodb.client.MongoDatabase;

import java.time.LocalDate;
import java.util.List;

/**
 * The two-clock history the reports are answered from, in documents that each grow with one thing only:
 * {@link IndicatorYearHistory} per indicator and year (targets, outturns, and per period values, commentary drafts,
 * expected outcomes), {@link IndicatorVersions} per indicator (definitions and statuses), {@link PeriodPublications}
 * per organisation and period, {@link OrganisationIndicators} per organisation (its codes, for reports to start
 * from), {@link OrganisationReporting} per organisation (status schemes, aims, the index of publications) and
 * {@link YearChanges} per organisation (which of its year documents changed lately, for readers that keep them).
 * Each version carries its {@link Recorded recording}, so any past position is a filter on recording time.
 * A batch of events reads and writes each document it touches once ({@link HistoryChanges}); a version is added
 * once per event id, so handling an event twice changes nothing.
 */
@ProcessingGroup(IndicatorHistoryProjection.PROCESSING_GROUP)
public class IndicatorHistoryProjection {

    public static final String PROCESSING_GROUP = "indicator-history";
    static final String YEARS = "indicator_years";
    static final String DEFINITIONS = "indicator_definitions";
    static final String ORGANISATIONS = "organisation_indicator_codes";
    static final String PUBLICATIONS = "report_publications";
    static final String REPORTING = "organisation_reporting";
    /** Bookkeeping for readers (ADR 28): how it stands depends on how the events were batched, not on them. */
    public static final String YEAR_CHANGES = "organisation_year_changes";

    /**
     * The collections this view is kept in; the count of changed year documents first, so that a reset clears it
     * before the documents it counts: while it stands, readers trust what they kept (ADR 28).
     */
    public static final List<String> COLLECTIONS = List.of(YEAR_CHANGES, YEARS, DEFINITIONS, ORGANISATIONS,
            PUBLICATIONS, REPORTING);
    /** Collections of earlier shapes that no generation uses any more: one document per organisation. */
    public static final List<String> RETIRED_COLLECTIONS = List.of("organisation_indicators");
    /**
     * The shape of its documents: 2 since definitions and publications left the organisation's document; 3 since
     * definitions keep their comparators and {@link OrganisationReporting} keeps schemes, aims and publications; 4
     * since {@link YearChanges} counts each organisation's changed year documents (ADR 28).
     */
    public static final int SHAPE = 4;

    /** The view this projection keeps; reports, histories and returns due are read from it. */
    public static final ViewDefinition VIEW = new ViewDefinition(PROCESSING_GROUP, SHAPE, COLLECTIONS,
            RETIRED_COLLECTIONS, IndicatorHistoryProjection::new,
            List.of(ReportQueries::new, PeriodReportQueries::new,
                    (store, clock) -> new IndicatorRecordQueries(store)));

    private final ViewStore store;
    private final BatchedWrites<HistoryChanges> batch;

    public IndicatorHistoryProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP, SHAPE));
    }

    public IndicatorHistoryProjection(ViewStore store) {
        this.store = store;
        this.batch = new BatchedWrites<>(events -> new HistoryChanges(store, events));
    }

    @EventHandler
    void on(IndicatorRegistered event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addDefinition(event.organisationId(), event.code(),
                event.definition(), message));
    }

    @EventHandler
    void on(IndicatorAmended event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addDefinition(event.organisationId(), event.code(), event.amended(),
                message));
    }

    @EventHandler
    void on(IndicatorRetired event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addStatus(event.organisationId(), event.code(), "RETIRED", message));
    }

    @EventHandler
    void on(IndicatorRecoded event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addStatus(event.organisationId(), event.code(), "RECODED", message));
    }

    @EventHandler
    void on(ReportPublished event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addPublication(event, message));
    }

    @EventHandler
    void on(ComparatorRecorded event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addComparator(event, message));
    }

    @EventHandler
    void on(StatusSchemeChosen event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addScheme(event, message));
    }

    @EventHandler
    void on(CorporateAimDescribed event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addAim(event, message));
    }

    @EventHandler
    void on(TargetSet event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addTarget(event, message));
    }

    @EventHandler
    void on(OutturnRecorded event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addOutturn(event, message));
    }

    @EventHandler
    void on(ValueRecorded event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addValue(event.organisationId(), event.code(), event.year(),
                event.period(), recorded -> new IndicatorYearHistory.ValueChange(recorded, "RECORDED", event.value(),
                        null, null, event.late(), text(event.dueDate()), text(event.sourceDate())), message));
    }

    @EventHandler
    void on(ValueCorrected event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addValue(event.organisationId(), event.code(), event.year(),
                event.period(), recorded -> new IndicatorYearHistory.ValueChange(recorded, "CORRECTED",
                        event.value(), event.replaced(), event.reason(), false, null, text(event.sourceDate())),
                message));
    }

    @EventHandler
    void on(ValueWithdrawn event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addValue(event.organisationId(), event.code(), event.year(),
                event.period(), recorded -> new IndicatorYearHistory.ValueChange(recorded, "WITHDRAWN", null,
                        event.withdrawn(), event.reason(), false, null, null), message));
    }

    @EventHandler
    void on(CommentaryDrafted event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addCommentary(event, message));
    }

    @EventHandler
    void on(ExpectedOutcomeDeclared event, EventMessage<?> message) {
        batch.apply(message, changes -> changes.addExpectedOutcome(event, message));
    }

    @ResetHandler
    void reset() {
        COLLECTIONS.forEach(collection -> store.collection(collection).deleteMany(new Document()));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
