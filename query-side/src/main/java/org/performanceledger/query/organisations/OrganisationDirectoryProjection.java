package org.performanceledger.query.organisations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.query.ViewStore;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The organisations the ledger holds, one document each keyed by id. */
@ProcessingGroup(OrganisationDirectoryProjection.PROCESSING_GROUP)
public class OrganisationDirectoryProjection {

    public static final String PROCESSING_GROUP = "organisation-directory";
    static final String COLLECTION = "organisation_directory";

    /** The collections this view is kept in. */
    public static final List<String> COLLECTIONS = List.of(COLLECTION);

    private final ViewStore store;

    public OrganisationDirectoryProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP));
    }

    public OrganisationDirectoryProjection(ViewStore store) {
        this.store = store;
    }

    private MongoCollection<Document> directory() {
        return store.collection(COLLECTION);
    }

    @EventHandler
    void on(OrganisationRegistered event, @Timestamp Instant recordedAt) {
        directory().replaceOne(Filters.eq("_id", event.organisationId()), new Document("_id", event.organisationId())
                        .append("name", event.name())
                        .append("returnDueDays", event.returnDueDays())
                        .append("registeredAt", Date.from(recordedAt)),
                new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    Optional<OrganisationView> handle(FindOrganisationQuery query) {
        return Optional.ofNullable(directory().find(Filters.eq("_id", query.organisationId())).first())
                .map(entry -> new OrganisationView(entry.getString("_id"), entry.getString("name"),
                        entry.getInteger("returnDueDays"), entry.getDate("registeredAt").toInstant()));
    }

    @ResetHandler
    void reset() {
        directory().deleteMany(new Document());
    }
}
