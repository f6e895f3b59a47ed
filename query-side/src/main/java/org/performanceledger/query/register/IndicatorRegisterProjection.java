package org.performanceledger.query.register;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.performanceledger.query.Documents;
import org.performanceledger.query.ViewStore;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.ProvenanceKeys;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The indicator register: one document per indicator, keyed by {@code organisationId:code} so every read is an
 * {@code _id} lookup (index-served on MongoDB, and the one lookup the embedded server does not scan for).
 * Every write sets whole fields from the event alone, so handling an event twice leaves the same state.
 */
@ProcessingGroup(IndicatorRegisterProjection.PROCESSING_GROUP)
public class IndicatorRegisterProjection {

    public static final String PROCESSING_GROUP = "indicator-register";
    static final String COLLECTION = "indicator_register";

    /** The collections this view is kept in. */
    public static final List<String> COLLECTIONS = List.of(COLLECTION);

    private final ViewStore store;

    public IndicatorRegisterProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP));
    }

    public IndicatorRegisterProjection(ViewStore store) {
        this.store = store;
    }

    private MongoCollection<Document> register() {
        return store.collection(COLLECTION);
    }

    @EventHandler
    void on(IndicatorRegistered event, @Timestamp Instant recordedAt,
            @MetaDataValue(ProvenanceKeys.USER_ID) String recordedBy) {
        Document entry = Documents.of(event.definition())
                .append("_id", key(event.organisationId(), event.code()))
                .append("organisationId", event.organisationId())
                .append("code", event.code())
                .append("status", "ACTIVE")
                .append("recodedFrom", event.recodedFrom())
                .append("recodedTo", null)
                .append("comparators", new Document())
                .append("registeredAt", Date.from(recordedAt))
                .append("registeredBy", recordedBy);
        register().replaceOne(Filters.eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(IndicatorAmended event) {
        List<Bson> updates = new ArrayList<>();
        Documents.of(event.amended()).forEach((field, value) -> updates.add(Updates.set(field, value)));
        register().updateOne(Filters.eq("_id", key(event.organisationId(), event.code())), Updates.combine(updates));
    }

    @EventHandler
    void on(IndicatorRetired event) {
        register().updateOne(Filters.eq("_id", key(event.organisationId(), event.code())),
                Updates.set("status", "RETIRED"));
    }

    @EventHandler
    void on(IndicatorRecoded event) {
        register().updateOne(Filters.eq("_id", key(event.organisationId(), event.code())),
                Updates.combine(Updates.set("status", "RECODED"), Updates.set("recodedTo", event.newCode())));
    }

    @EventHandler
    void on(ComparatorRecorded event) {
        Comparator comparator = event.comparator();
        register().updateOne(Filters.eq("_id", key(event.organisationId(), event.code())),
                Updates.set("comparators." + comparator.kind().name(), new Document("value",
                        comparator.value().toPlainString()).append("period", comparator.period())
                        .append("source", comparator.source())));
    }

    @QueryHandler
    Optional<IndicatorView> handle(FindIndicatorQuery query) {
        return Optional.ofNullable(register().find(Filters.eq("_id", key(query.organisationId(), query.code())))
                        .first())
                .map(IndicatorRegisterProjection::toView);
    }

    @ResetHandler
    void reset() {
        register().deleteMany(new Document());
    }

    private static String key(String organisationId, String code) {
        return organisationId + ":" + code;
    }

    private static IndicatorView toView(Document entry) {
        Document comparatorsByKind = entry.get("comparators", new Document());
        List<Comparator> comparators = new ArrayList<>();
        comparatorsByKind.forEach((kind, value) -> {
            Document comparator = (Document) value;
            comparators.add(new Comparator(ComparatorKind.valueOf(kind), new BigDecimal(comparator.getString("value")),
                    comparator.getString("period"), comparator.getString("source")));
        });
        IndicatorDefinition definition = Documents.definition(entry);
        return new IndicatorView(
                entry.getString("organisationId"),
                entry.getString("code"),
                definition.shortName(),
                definition.description(),
                definition.polarity(),
                definition.basis(),
                definition.unit(),
                definition.decimalPlaces(),
                definition.frequency(),
                definition.yearBasis(),
                definition.responsibleUnit(),
                definition.managedBy(),
                definition.scrutinyCommittee(),
                definition.corporateAim(),
                definition.yearIntroduced(),
                definition.externalReference(),
                entry.getString("status"),
                entry.getString("recodedFrom"),
                entry.getString("recodedTo"),
                comparators,
                entry.getDate("registeredAt").toInstant(),
                entry.getString("registeredBy"));
    }
}
