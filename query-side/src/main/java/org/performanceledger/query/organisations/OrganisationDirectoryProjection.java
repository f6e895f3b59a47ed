package org.performanceledger.query.organisations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.query.ViewDefinition;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.BatchedWrites;
import org.performanceledger.query.batch.DocumentBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The organisations the ledger holds, one document each keyed by id, written once per batch of events. */
@ProcessingGroup(OrganisationDirectoryProjection.PROCESSING_GROUP)
public class OrganisationDirectoryProjection {

    public static final String PROCESSING_GROUP = "organisation-directory";
    static final String COLLECTION = "organisation_directory";

    /** The collections this view is kept in. */
    public static final List<String> COLLECTIONS = List.of(COLLECTION);
    /** The shape of its documents ({@link DirectoryEntry}). */
    public static final int SHAPE = 1;

    /** The view this projection keeps; it answers its own queries. */
    public static final ViewDefinition VIEW = new ViewDefinition(PROCESSING_GROUP, SHAPE, COLLECTIONS, List.of(),
            OrganisationDirectoryProjection::new, List.of());

    private final ViewStore store;
    private final BatchedWrites<DocumentBatch<DirectoryEntry>> batch =
            new BatchedWrites<>(events -> new DocumentBatch<>(directory(), DirectoryEntry::organisationId));

    public OrganisationDirectoryProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP, SHAPE));
    }

    public OrganisationDirectoryProjection(ViewStore store) {
        this.store = store;
    }

    private MongoCollection<DirectoryEntry> directory() {
        return store.collection(COLLECTION, DirectoryEntry.class);
    }

    @EventHandler
    void on(OrganisationRegistered event, EventMessage<?> message) {
        batch.apply(message, entries -> entries.put(new DirectoryEntry(event.organisationId(), event.name(),
                event.returnDueDays(), message.getTimestamp())));
    }

    @QueryHandler
    Optional<OrganisationView> handle(FindOrganisationQuery query) {
        return Optional.ofNullable(directory().find(Filters.eq("_id", query.organisationId())).first())
                .map(DirectoryEntry::toView);
    }

    @QueryHandler
    List<OrganisationView> handle(ListOrganisationsQuery query) {
        return directory().find().sort(new Document("_id", 1)).map(DirectoryEntry::toView).into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        store.collection(COLLECTION).deleteMany(new Document());
    }
}
