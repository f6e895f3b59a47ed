package org.performanceledger.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.ViewStore;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Every event of an organisation, in the order recorded, as auditors read it ({@link AuditDescriptions}); and the
 * same entries per user, across organisations. Entries are kept in pages of {@value #PAGE_SIZE} per trail
 * ({@code _id = org|n} or {@code user:id|n}) with a head document per trail counting them, so a trail is read with
 * {@code _id} lookups only.
 * An event already in the newest page is not added again, so a replay of the same events changes nothing.
 */
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail";
    static final String COLLECTION = "audit_trail";
    static final int PAGE_SIZE = 200;

    /** The collections this view is kept in. */
    public static final List<String> COLLECTIONS = List.of(COLLECTION);

    private final ViewStore store;

    public AuditTrailProjection(MongoDatabase database) {
        this(ViewStore.live(database, PROCESSING_GROUP));
    }

    public AuditTrailProjection(ViewStore store) {
        this.store = store;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        AuditDescriptions.Description description = AuditDescriptions.describe(payload);
        if (description == null) {
            return;
        }
        Document entry = entry(description, message);
        append(description.organisationId(), entry);
        Object user = message.getMetaData().get(ProvenanceKeys.USER_ID);
        if (user != null) {
            append(userTrail(user.toString()), entry);
        }
    }

    /** Adds an entry to the newest page of a trail (an organisation's, or a user's across organisations). */
    private void append(String trailId, Document entry) {
        MongoCollection<Document> trail = store.collection(COLLECTION);
        Document head = trail.find(Filters.eq("_id", trailId)).first();
        long pages = head == null ? 0 : head.getLong("pages");
        Document page = pages == 0 ? null : trail.find(Filters.eq("_id", pageId(trailId, pages - 1))).first();
        if (page != null && page.getList("entries", Document.class).stream()
                .anyMatch(existing -> entry.getString("eventId").equals(existing.getString("eventId")))) {
            return;
        }
        if (page == null || page.getList("entries", Document.class).size() >= PAGE_SIZE) {
            page = new Document("_id", pageId(trailId, pages)).append("entries", new ArrayList<>());
            pages++;
        }
        page.getList("entries", Document.class).add(entry);
        trail.replaceOne(Filters.eq("_id", page.getString("_id")), page, new ReplaceOptions().upsert(true));
        trail.replaceOne(Filters.eq("_id", trailId), new Document("_id", trailId).append("pages", pages),
                new ReplaceOptions().upsert(true));
    }

    /** A user's trail across organisations; organisation ids never hold a colon, so the ids cannot meet. */
    private static String userTrail(String user) {
        return "user:" + user;
    }

    @QueryHandler
    AuditTrailPage handle(AuditTrailQuery query) {
        MongoCollection<Document> trail = store.collection(COLLECTION);
        String trailId = query.organisationId() != null ? query.organisationId() : userTrail(query.user());
        Document head = trail.find(Filters.eq("_id", trailId)).first();
        List<AuditEntry> matching = new ArrayList<>();
        if (head != null) {
            List<String> ids = LongStream.range(0, head.getLong("pages"))
                    .mapToObj(n -> pageId(trailId, n)).toList();
            List<Document> pages = trail.find(Filters.in("_id", ids)).into(new ArrayList<>());
            pages.sort(java.util.Comparator.comparingLong(page -> pageNumber(page.getString("_id"))));
            for (Document page : pages) {
                for (Document entry : page.getList("entries", Document.class)) {
                    AuditEntry audit = toEntry(entry);
                    if (matches(query, audit)) {
                        matching.add(audit);
                    }
                }
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

    private static Document entry(AuditDescriptions.Description description, EventMessage<?> message) {
        return new Document("eventId", message.getIdentifier())
                .append("recordedAt", Date.from(message.getTimestamp()))
                .append("recordedBy", message.getMetaData().get(ProvenanceKeys.USER_ID))
                .append("recordedByName", message.getMetaData().get(ProvenanceKeys.USER_NAME))
                .append("role", message.getMetaData().get(ProvenanceKeys.ROLE))
                .append("source", source(message))
                .append("correlationId", message.getMetaData().get(ProvenanceKeys.CORRELATION_ID))
                .append("organisationId", description.organisationId())
                .append("code", description.code())
                .append("period", description.period())
                .append("what", description.what())
                .append("before", description.before())
                .append("after", description.after())
                .append("why", description.why());
    }

    private static String source(EventMessage<?> message) {
        Object source = message.getMetaData().get(ProvenanceKeys.SOURCE);
        Object file = message.getMetaData().get(ProvenanceKeys.IMPORT_FILE);
        return file == null ? (source == null ? null : source.toString()) : source + " (" + file + ", sha256 "
                + message.getMetaData().get(ProvenanceKeys.IMPORT_CHECKSUM) + ")";
    }

    private static AuditEntry toEntry(Document entry) {
        return new AuditEntry(entry.getString("eventId"), entry.getDate("recordedAt").toInstant(),
                entry.getString("recordedBy"), entry.getString("recordedByName"), entry.getString("role"),
                entry.getString("source"), entry.getString("correlationId"), entry.getString("organisationId"),
                entry.getString("code"), entry.getString("period"), entry.getString("what"),
                entry.getString("before"), entry.getString("after"), entry.getString("why"));
    }

    private static String pageId(String organisationId, long page) {
        return organisationId + "|" + page;
    }

    private static long pageNumber(String pageId) {
        return Long.parseLong(pageId.substring(pageId.lastIndexOf('|') + 1));
    }
}
