package org.performanceledger.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.performanceledger.query.Documents;
import org.performanceledger.query.ViewStore;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * The two-clock history the reports are answered from. One document per indicator and year
 * ({@code indicator_years}, {@code _id = org:code:year}) keeps every version of its targets, and per period every
 * version of the value, the commentary drafts and the expected outcomes; one document per organisation
 * ({@code organisation_indicators}) keeps every version of each indicator's definition and status. Each version
 * carries the ledger's recording time, who recorded it and why, so any past position is a filter on recording time.
 * A version is added once per event id: handling an event twice changes nothing.
 */
@ProcessingGroup(IndicatorHistoryProjection.PROCESSING_GROUP)
public class IndicatorHistoryProjection {

    public static final String PROCESSING_GROUP = "indicator-history";
    static final String YEARS = "indicator_years";
    static final String ORGANISATIONS = "organisation_indicators";

    /** The collections this view is kept in. */
    public static final List<String> COLLECTIONS = List.of(YEARS, ORGANISATIONS);

    private final ViewStore store;

    public IndicatorHistoryProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP));
    }

    public IndicatorHistoryProjection(ViewStore store) {
        this.store = store;
    }

    private MongoCollection<Document> years() {
        return store.collection(YEARS);
    }

    private MongoCollection<Document> organisations() {
        return store.collection(ORGANISATIONS);
    }

    // ---- definitions ---------------------------------------------------------------------------------------------

    @EventHandler
    void on(IndicatorRegistered event, EventMessage<?> message) {
        addDefinition(event.organisationId(), event.code(), event.definition(), "ACTIVE", message);
    }

    @EventHandler
    void on(IndicatorAmended event, EventMessage<?> message) {
        addDefinition(event.organisationId(), event.code(), event.amended(), "ACTIVE", message);
    }

    @EventHandler
    void on(IndicatorRetired event, EventMessage<?> message) {
        addStatus(event.organisationId(), event.code(), "RETIRED", message);
    }

    @EventHandler
    void on(IndicatorRecoded event, EventMessage<?> message) {
        addStatus(event.organisationId(), event.code(), "RECODED", message);
    }

    private void addDefinition(String organisationId, String code, IndicatorDefinition definition, String status,
                               EventMessage<?> message) {
        Document organisation = organisation(organisationId);
        List<Document> versions = definitionVersions(organisation, code);
        if (contains(versions, message)) {
            return;
        }
        versions.add(version(message).append("status", status).append("definition", Documents.of(definition)));
        organisations().replaceOne(Filters.eq("_id", organisationId), organisation, new ReplaceOptions().upsert(true));
    }

    private void addStatus(String organisationId, String code, String status, EventMessage<?> message) {
        Document organisation = organisation(organisationId);
        List<Document> versions = definitionVersions(organisation, code);
        if (versions.isEmpty() || contains(versions, message)) {
            return;
        }
        Document latest = versions.get(versions.size() - 1);
        versions.add(version(message).append("status", status).append("definition", latest.get("definition")));
        organisations().replaceOne(Filters.eq("_id", organisationId), organisation, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ReportPublished event, EventMessage<?> message) {
        Document organisation = organisation(event.organisationId());
        List<Document> publications = organisation.getList("publications", Document.class, new ArrayList<>());
        if (contains(publications, message)) {
            return;
        }
        publications.add(version(message).append("period", event.period()).append("committee", event.committee())
                .append("title", event.title()));
        organisation.put("publications", publications);
        organisations().replaceOne(Filters.eq("_id", event.organisationId()), organisation,
                new ReplaceOptions().upsert(true));
    }

    private Document organisation(String organisationId) {
        Document found = organisations().find(Filters.eq("_id", organisationId)).first();
        return found != null ? found : new Document("_id", organisationId).append("indicators", new ArrayList<>());
    }

    /** The version list of one indicator in its organisation's document, created when missing. */
    static List<Document> definitionVersions(Document organisation, String code) {
        List<Document> indicators = organisation.getList("indicators", Document.class);
        for (Document indicator : indicators) {
            if (code.equals(indicator.getString("code"))) {
                return indicator.getList("versions", Document.class);
            }
        }
        List<Document> versions = new ArrayList<>();
        indicators.add(new Document("code", code).append("versions", versions));
        return versions;
    }

    // ---- targets, values, commentary, expected outcomes, outturns -----------------------------------------------

    @EventHandler
    void on(TargetSet event, EventMessage<?> message) {
        addToYear(event.organisationId(), event.code(), event.year(), year -> year.getList("targets", Document.class),
                message, version -> version
                        .append("target", Documents.of(event.target()))
                        .append("stretchTarget", Documents.of(event.stretchTarget()))
                        .append("tolerance", Documents.of(event.tolerance()))
                        .append("profile", Documents.ofProfile(event.profile()))
                        .append("effectiveFrom", event.effectiveFrom())
                        .append("authority", event.authority())
                        .append("reason", event.reason())
                        .append("replaced", Documents.of(event.replaced())));
    }

    @EventHandler
    void on(ValueRecorded event, EventMessage<?> message) {
        addValueVersion(event.organisationId(), event.code(), event.year(), event.period(), message, "RECORDED",
                event.value(), null, null, event.late(), event.dueDate() == null ? null : event.dueDate().toString(),
                event.sourceDate() == null ? null : event.sourceDate().toString());
    }

    @EventHandler
    void on(ValueCorrected event, EventMessage<?> message) {
        addValueVersion(event.organisationId(), event.code(), event.year(), event.period(), message, "CORRECTED",
                event.value(), event.replaced(), event.reason(), false, null,
                event.sourceDate() == null ? null : event.sourceDate().toString());
    }

    @EventHandler
    void on(ValueWithdrawn event, EventMessage<?> message) {
        addValueVersion(event.organisationId(), event.code(), event.year(), event.period(), message, "WITHDRAWN",
                null, event.withdrawn(), event.reason(), false, null, null);
    }

    private void addValueVersion(String organisationId, String code, String year, String period,
                                 EventMessage<?> message, String change, MeasuredValue value, MeasuredValue replaced,
                                 String reason, boolean late, String dueDate, String sourceDate) {
        addToYear(organisationId, code, year, document -> periodList(document, period, "values"), message,
                version -> version.append("change", change)
                        .append("value", Documents.of(value))
                        .append("replaced", Documents.of(replaced))
                        .append("reason", reason)
                        .append("late", late)
                        .append("dueDate", dueDate)
                        .append("sourceDate", sourceDate));
    }

    @EventHandler
    void on(CommentaryDrafted event, EventMessage<?> message) {
        addToYear(event.organisationId(), event.code(), event.year(),
                document -> periodList(document, event.period(), "commentary"), message,
                version -> version.append("draft", event.draft())
                        .append("explanation", event.explanation())
                        .append("actions", event.actions())
                        .append("anticipated", event.anticipated()));
    }

    @EventHandler
    void on(ExpectedOutcomeDeclared event, EventMessage<?> message) {
        addToYear(event.organisationId(), event.code(), event.year(),
                document -> periodList(document, event.period(), "expectedOutcomes"), message,
                version -> version.append("outcome", event.outcome().name()));
    }

    @EventHandler
    void on(OutturnRecorded event, EventMessage<?> message) {
        addToYear(event.organisationId(), event.code(), event.year(),
                document -> document.getList("outturns", Document.class), message,
                version -> version.append("kind", event.kind().name())
                        .append("value", Documents.of(event.value()))
                        .append("replaced", Documents.of(event.replaced()))
                        .append("reason", event.reason()));
    }

    private void addToYear(String organisationId, String code, String year,
                           Function<Document, List<Document>> list, EventMessage<?> message,
                           Function<Document, Document> details) {
        String id = yearId(organisationId, code, year);
        Document document = years().find(Filters.eq("_id", id)).first();
        if (document == null) {
            document = new Document("_id", id).append("organisationId", organisationId).append("code", code)
                    .append("year", year).append("targets", new ArrayList<>()).append("outturns", new ArrayList<>())
                    .append("periods", new Document());
        }
        List<Document> versions = list.apply(document);
        if (contains(versions, message)) {
            return;
        }
        versions.add(withoutNulls(details.apply(version(message))));
        years().replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    private static List<Document> periodList(Document year, String period, String name) {
        Document periods = year.get("periods", Document.class);
        Document entry = periods.get(period, Document.class);
        if (entry == null) {
            entry = new Document("values", new ArrayList<>()).append("commentary", new ArrayList<>())
                    .append("expectedOutcomes", new ArrayList<>());
            periods.put(period, entry);
        }
        return entry.getList(name, Document.class);
    }

    static String yearId(String organisationId, String code, String year) {
        return organisationId + ":" + code + ":" + year;
    }

    private static Document version(EventMessage<?> message) {
        return new Document("eventId", message.getIdentifier())
                .append("recordedAt", Date.from(message.getTimestamp()))
                .append("recordedBy", message.getMetaData().get(ProvenanceKeys.USER_ID))
                .append("recordedByName", message.getMetaData().get(ProvenanceKeys.USER_NAME))
                .append("source", message.getMetaData().get(ProvenanceKeys.SOURCE));
    }

    /** Reports read hundreds of these documents at a time: absent fields cost nothing to store or decode. */
    private static Document withoutNulls(Document version) {
        version.values().removeIf(java.util.Objects::isNull);
        return version;
    }

    private static boolean contains(List<Document> versions, EventMessage<?> message) {
        return versions.stream().anyMatch(version -> message.getIdentifier().equals(version.getString("eventId")));
    }

    @ResetHandler
    void reset() {
        years().deleteMany(new Document());
        organisations().deleteMany(new Document());
    }
}
