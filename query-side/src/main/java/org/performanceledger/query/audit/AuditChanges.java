package org.performanceledger.query.audit;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.DocumentBatch;
import org.performanceledger.query.batch.PendingWrites;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The audit trails one batch of events appends to: their heads and newest pages read at the batch's start (two
 * lookups), entries appended in memory, and every page and head written in one bulk write at the end.
 */
final class AuditChanges implements PendingWrites {

    private final DocumentBatch<AuditTrailHead> heads;
    private final DocumentBatch<AuditPage> pages;
    /** The events this batch appended to each trail, to become the trail head's {@code lastBatch}. */
    private final Map<String, List<String>> appended = new LinkedHashMap<>();
    /** The {@code lastBatch} each trail's head had when this batch first touched it. */
    private final Map<String, List<String>> earlierBatch = new LinkedHashMap<>();

    AuditChanges(ViewStore store, List<? extends EventMessage<?>> batch) {
        MongoCollection<AuditTrailHead> headCollection = store.collection(AuditTrailProjection.COLLECTION,
                AuditTrailHead.class);
        heads = new DocumentBatch<>(headCollection, AuditTrailHead::id);
        pages = new DocumentBatch<>(store.collection(AuditTrailProjection.COLLECTION, AuditPage.class),
                AuditPage::id);
        Set<String> trails = new HashSet<>();
        for (EventMessage<?> message : batch) {
            AuditDescriptions.Description description = AuditDescriptions.describe(message.getPayload());
            if (description != null) {
                trails.add(description.organisationId());
                Object user = message.getMetaData().get(ProvenanceKeys.USER_ID);
                if (user != null) {
                    trails.add(AuditTrailProjection.userTrail(user.toString()));
                }
            }
        }
        heads.fetch(trails);
        pages.fetch(trails.stream().map(trail -> heads.get(trail).orElse(null)).filter(Objects::nonNull)
                .filter(head -> head.pages() > 0).map(head -> AuditPage.idOf(head.id(), head.pages() - 1)).toList());
    }

    /** Adds an entry to the newest page of a trail, unless the trail already has it. */
    void append(String trailId, AuditEntry entry) {
        AuditTrailHead head = heads.get(trailId).orElse(new AuditTrailHead(trailId, 0, null));
        List<String> before = earlierBatch.computeIfAbsent(trailId,
                trail -> head.lastBatch() == null ? List.of() : head.lastBatch());
        List<String> thisBatch = appended.computeIfAbsent(trailId, trail -> new ArrayList<>());
        AuditPage newest = head.pages() == 0 ? null : pages.get(AuditPage.idOf(trailId, head.pages() - 1))
                .orElse(null);
        if (thisBatch.contains(entry.eventId()) || before.contains(entry.eventId())
                || (newest != null && newest.contains(entry.eventId()))) {
            return;
        }
        long pageCount = head.pages();
        if (newest == null || newest.entries().size() >= AuditTrailProjection.PAGE_SIZE) {
            newest = new AuditPage(AuditPage.idOf(trailId, pageCount), List.of());
            pageCount++;
        }
        pages.put(newest.plus(entry));
        thisBatch.add(entry.eventId());
        heads.put(new AuditTrailHead(trailId, pageCount, List.copyOf(thisBatch)));
    }

    @Override
    public void flush() {
        pages.flush();
        heads.flush();
        appended.clear();
        earlierBatch.clear();
    }
}
