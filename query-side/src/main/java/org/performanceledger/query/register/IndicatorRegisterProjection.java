package org.performanceledger.query.register;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.ViewDefinition;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.BatchedWrites;
import org.performanceledger.query.batch.DocumentBatch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The indicator register: one {@link RegisterDocument} per indicator, keyed by {@code organisationId:code} so every
 * read is an {@code _id} lookup (index-served on MongoDB, and the one lookup the embedded server does not scan for).
 * A batch of events reads the documents it touches in one lookup and stores them in one bulk write. Every change
 * sets whole fields from the event alone, so handling an event twice leaves the same state.
 */
@ProcessingGroup(IndicatorRegisterProjection.PROCESSING_GROUP)
public class IndicatorRegisterProjection {

    public static final String PROCESSING_GROUP = "indicator-register";
    static final String COLLECTION = "indicator_register";

    /** The collections this view is kept in. */
    public static final List<String> COLLECTIONS = List.of(COLLECTION);
    /** The shape of its documents ({@link RegisterDocument}): 3 since they keep the registrant's name. */
    public static final int SHAPE = 3;

    /** The view this projection keeps; it answers its own queries. */
    public static final ViewDefinition VIEW = new ViewDefinition(PROCESSING_GROUP, SHAPE, COLLECTIONS, List.of(),
            IndicatorRegisterProjection::new, List.of());

    private final ViewStore store;
    private final BatchedWrites<DocumentBatch<RegisterDocument>> batch = new BatchedWrites<>(events -> {
        DocumentBatch<RegisterDocument> documents = new DocumentBatch<>(register(), RegisterDocument::id);
        documents.fetch(events.stream().map(event -> idTouchedBy(event.getPayload())).filter(Objects::nonNull)
                .toList());
        return documents;
    });

    public IndicatorRegisterProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP, SHAPE));
    }

    public IndicatorRegisterProjection(ViewStore store) {
        this.store = store;
    }

    private MongoCollection<RegisterDocument> register() {
        return store.collection(COLLECTION, RegisterDocument.class);
    }

    @EventHandler
    void on(IndicatorRegistered event, EventMessage<?> message) {
        Object recordedBy = message.getMetaData().get(ProvenanceKeys.USER_ID);
        Object recordedByName = message.getMetaData().get(ProvenanceKeys.USER_NAME);
        batch.apply(message, documents -> documents.put(new RegisterDocument(
                RegisterDocument.idOf(event.organisationId(), event.code()), event.organisationId(), event.code(),
                event.definition(), "ACTIVE", event.recodedFrom(), null, List.of(), message.getTimestamp(),
                recordedBy == null ? null : recordedBy.toString(),
                recordedByName == null ? null : recordedByName.toString())));
    }

    @EventHandler
    void on(IndicatorAmended event, EventMessage<?> message) {
        change(message, event.organisationId(), event.code(), entry -> entry.amended(event.amended()));
    }

    @EventHandler
    void on(IndicatorRetired event, EventMessage<?> message) {
        change(message, event.organisationId(), event.code(), entry -> entry.withStatus("RETIRED", null));
    }

    @EventHandler
    void on(IndicatorRecoded event, EventMessage<?> message) {
        change(message, event.organisationId(), event.code(), entry -> entry.withStatus("RECODED", event.newCode()));
    }

    @EventHandler
    void on(ComparatorRecorded event, EventMessage<?> message) {
        change(message, event.organisationId(), event.code(), entry -> entry.withComparator(event.comparator()));
    }

    /** Changes a registered indicator's entry; an event about an indicator not in the register changes nothing. */
    private void change(EventMessage<?> message, String organisationId, String code,
                        UnaryOperator<RegisterDocument> change) {
        batch.apply(message, documents -> documents.get(RegisterDocument.idOf(organisationId, code))
                .map(change).ifPresent(documents::put));
    }

    @QueryHandler
    Optional<IndicatorView> handle(FindIndicatorQuery query) {
        return Optional.ofNullable(register().find(Filters.eq("_id",
                        RegisterDocument.idOf(query.organisationId(), query.code()))).first())
                .map(RegisterDocument::toView);
    }

    @ResetHandler
    void reset() {
        store.collection(COLLECTION).deleteMany(new Document());
    }

    private static String idTouchedBy(Object event) {
        if (event instanceof IndicatorAmended e) {
            return RegisterDocument.idOf(e.organisationId(), e.code());
        } else if (event instanceof IndicatorRetired e) {
            return RegisterDocument.idOf(e.organisationId(), e.code());
        } else if (event instanceof IndicatorRecoded e) {
            return RegisterDocument.idOf(e.organisationId(), e.code());
        } else if (event instanceof ComparatorRecorded e) {
            return RegisterDocument.idOf(e.organisationId(), e.code());
        }
        return null;
    }
}
