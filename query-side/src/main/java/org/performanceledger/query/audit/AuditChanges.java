package org.performanceledger.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.DocumentBatch;
import org.performanceledger.query.batch.PendingWrites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit trails one batch of events appends to: their heads and newest pages read at the batch's start (two
 * lookups), entries appended in memory, and every page and head written in one bulk write at the end.
 * <p>
 * An event is appended to a trail once. Events handled again are those of the batch before (its writes stored, its
 * token not) or the few a live processor re-handles after a rebuild: all among the trail's last entries, so the
 * batch checks its own entries and the trail's last {@link #windowPages} pages, which hold more entries than a
 * batch has events.
 */
final class AuditChanges implements PendingWrites {

    private final DocumentBatch<AuditTrailHead> heads;
    private final DocumentBatch<AuditPage> pages;
    /** The event ids in each trail's last pages as stored before this batch, and those this batch appended. */
    private final Map<String, Set<String>> recent = new HashMap<>();

    AuditChanges(ViewStore store, List<? extends EventMessage<?>> batch) {
        heads = new DocumentBatch<>(store.collection(AuditTrailProjection.COLLECTION, AuditTrailHead.class),
                AuditTrailHead::id);
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
        long window = windowPages(batch.size());
        List<String> lastPages = new ArrayList<>();
        trails.forEach(trail -> heads.get(trail).ifPresent(head -> {
            for (long page = Math.max(0, head.pages() - window); page < head.pages(); page++) {
                lastPages.add(AuditPage.idOf(trail, page));
            }
        }));
        pages.fetch(lastPages);
        trails.forEach(trail -> recent.put(trail, eventIdsOf(lastPages.stream()
                .filter(id -> id.startsWith(trail + "|")).toList())));
    }

    /** Enough pages to hold more entries than a batch of {@code events} appends to one trail. */
    static long windowPages(int events) {
        return Math.max(2, 1 + (events + AuditTrailProjection.PAGE_SIZE - 1) / AuditTrailProjection.PAGE_SIZE);
    }

    /** Adds an entry to the newest page of a trail, unless the trail already has it. */
    void append(String trailId, AuditEntry entry) {
        Set<String> recentIds = recent.computeIfAbsent(trailId, trail -> new HashSet<>());
        if (!recentIds.add(entry.eventId())) {
            return;
        }
        AuditTrailHead head = heads.get(trailId).orElse(new AuditTrailHead(trailId, 0));
        AuditPage newest = head.pages() == 0 ? null : pages.get(AuditPage.idOf(trailId, head.pages() - 1))
                .orElse(null);
        long pageCount = head.pages();
        if (newest == null || newest.entries().size() >= AuditTrailProjection.PAGE_SIZE) {
            newest = new AuditPage(AuditPage.idOf(trailId, pageCount), List.of());
            pageCount++;
        }
        pages.put(newest.plus(entry));
        if (pageCount != head.pages()) {
            heads.put(new AuditTrailHead(trailId, pageCount));
        }
    }

    private Set<String> eventIdsOf(List<String> pageIds) {
        Set<String> ids = new HashSet<>();
        pageIds.forEach(id -> pages.get(id).ifPresent(page -> page.entries().forEach(e -> ids.add(e.eventId()))));
        return ids;
    }

    @Override
    public void flush() {
        pages.flush();
        heads.flush();
    }
}
