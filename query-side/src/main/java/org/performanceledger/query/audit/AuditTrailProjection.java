package org.performanceledger.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.ViewDefinition;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.BatchedWrites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

/**
 * Every event of an organisation, in the order recorded, as auditors read it ({@link AuditDescriptions}); and the
 * same entries per user, across organisations. Entries are kept in {@link AuditPage pages} of {@value #PAGE_SIZE}
 * per trail ({@code _id = org|n} or {@code user:id|n}) with an {@link AuditTrailHead head} per trail counting them,
 * so a trail is read with {@code _id} lookups only, and a batch of events rewrites only the newest page of each
 * trail it touches ({@link AuditChanges}). An event already among the trail's last entries is not added again, so
 * handling an event twice changes nothing.
 */
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail";
    static final String COLLECTION = "audit_trail";
    /**
     * Entries per page. A batch rewrites the newest page of each trail it appends to, entries already there
     * included: smaller pages rewrite fewer of them (half a page on average), at the price of more pages to read
     * for a whole trail (still one {@code $in}). Pages of an earlier, larger size stay as they are and are read alike.
     */
    static final int PAGE_SIZE = 50;

    /** The collections this view is kept in. */
    public static final List<String> COLLECTIONS = List.of(COLLECTION);
    /**
     * The shape of its documents ({@link AuditTrailHead}, {@link AuditPage}): the first; a head without its later,
     * optional highest position is read as one whose trail is always looked through.
     */
    public static final int SHAPE = 1;

    /** The view this projection keeps; it answers its own queries. */
    public static final ViewDefinition VIEW = new ViewDefinition(PROCESSING_GROUP, SHAPE, COLLECTIONS, List.of(),
            AuditTrailProjection::new, List.of());

    private final ViewStore store;
    private final BatchedWrites<AuditChanges> batch;

    public AuditTrailProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP, SHAPE));
    }

    public AuditTrailProjection(ViewStore store) {
        this.store = store;
        this.batch = new BatchedWrites<>(events -> new AuditChanges(store, events));
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        AuditDescriptions.Description description = AuditDescriptions.describe(payload);
        if (description == null) {
            return;
        }
        AuditEntry entry = entry(description, message);
        OptionalLong position = AuditChanges.positionOf(message);
        batch.apply(message, trails -> AuditChanges.trailsOf(description, message)
                .forEach(trail -> trails.append(trail, entry, position)));
    }

    /** A user's trail across organisations; organisation ids never hold a colon, so the ids cannot meet. */
    static String userTrail(String user) {
        return "user:" + user;
    }

    @QueryHandler
    AuditTrailPage handle(AuditTrailQuery query) {
        String trailId = query.organisationId() != null ? query.organisationId() : userTrail(query.user());
        AuditTrailHead head = store.collection(COLLECTION, AuditTrailHead.class).find(Filters.eq("_id", trailId))
                .first();
        List<AuditEntry> matching = new ArrayList<>();
        if (head != null && head.pages() > 0) {
            List<String> ids = LongStream.range(0, head.pages()).mapToObj(n -> AuditPage.idOf(trailId, n)).toList();
            MongoCollection<AuditPage> pages = store.collection(COLLECTION, AuditPage.class);
            List<AuditPage> found = pages.find(Filters.in("_id", ids)).into(new ArrayList<>());
            found.sort(Comparator.comparingLong(page -> AuditPage.numberOf(page.id())));
            for (AuditPage page : found) {
                page.entries().stream().filter(entry -> matches(query, entry)).forEach(matching::add);
            }
        }
        int from = Math.min(matching.size(), query.page() * query.size());
        int to = Math.min(matching.size(), from + query.size());
        return new AuditTrailPage(query.page(), query.size(), matching.size(), List.copyOf(matching.subList(from, to)));
    }

    @ResetHandler
    void reset() {
        store.collection(COLLECTION).deleteMany(new Document());
    }

    private static boolean matches(AuditTrailQuery query, AuditEntry entry) {
        return (query.code() == null || query.code().equals(entry.code()))
                && (query.user() == null || query.user().equals(entry.recordedBy()))
                && (query.from() == null || !entry.recordedAt().isBefore(query.from()))
                && (query.to() == null || entry.recordedAt().isBefore(query.to()));
    }

    private static AuditEntry entry(AuditDescriptions.Description description, EventMessage<?> message) {
        return new AuditEntry(message.getIdentifier(), message.getTimestamp(),
                text(message.getMetaData().get(ProvenanceKeys.USER_ID)),
                text(message.getMetaData().get(ProvenanceKeys.USER_NAME)),
                text(message.getMetaData().get(ProvenanceKeys.ROLE)), source(message),
                text(message.getMetaData().get(ProvenanceKeys.CORRELATION_ID)), description.organisationId(),
                description.code(), description.period(), description.what(), description.before(),
                description.after(), description.why());
    }

    private static String source(EventMessage<?> message) {
        Object source = message.getMetaData().get(ProvenanceKeys.SOURCE);
        Object file = message.getMetaData().get(ProvenanceKeys.IMPORT_FILE);
        return file == null ? text(source) : source + " (" + file + ", sha256 "
                + message.getMetaData().get(ProvenanceKeys.IMPORT_CHECKSUM) + ")";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
