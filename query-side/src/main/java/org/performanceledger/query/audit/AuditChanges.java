package org.performanceledger.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.DocumentBatch;
import org.performanceledger.query.batch.PendingWrites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The audit trails one batch of events appends to: their heads and newest pages read at the batch's start (two
 * lookups), entries appended in memory, and every head and page written in one bulk write at the end, heads first.
 * <p>
 * An event is appended to a trail once. Events handled again are those of the batch before (its writes stored, its
 * token not) or the few a live processor re-handles after a rebuild: all among the trail's last entries, and all at
 * or below the highest position its head records (heads are stored before pages). So only a trail that the batch
 * may have reached before, one with an event at or below that position, has its last {@link #windowPages} pages read
 * and their event ids checked; they hold more entries than a batch has events. Any other trail is appended to after
 * reading its newest page alone: catching up, that is every trail, and the batch reads a page per trail instead of
 * a window of them.
 */
final class AuditChanges implements PendingWrites {

    private final DocumentBatch<AuditTrailHead> heads;
    private final DocumentBatch<AuditPage> pages;
    /**
     * The event ids this batch appended to each trail, and for a trail the batch may have reached before, those in
     * its last pages as stored before this batch.
     */
    private final Map<String, Set<String>> recent = new HashMap<>();

    AuditChanges(ViewStore store, List<? extends EventMessage<?>> batch) {
        heads = new DocumentBatch<>(store.collection(AuditTrailProjection.COLLECTION, AuditTrailHead.class),
                AuditTrailHead::id);
        pages = new DocumentBatch<>(store.collection(AuditTrailProjection.COLLECTION, AuditPage.class),
                AuditPage::id);
        Map<String, List<OptionalLong>> positionsByTrail = new HashMap<>();
        for (EventMessage<?> message : batch) {
            AuditDescriptions.Description description = AuditDescriptions.describe(message.getPayload());
            if (description != null) {
                trailsOf(description, message).forEach(trail -> positionsByTrail
                        .computeIfAbsent(trail, t -> new ArrayList<>()).add(positionOf(message)));
            }
        }
        heads.fetch(positionsByTrail.keySet());
        long window = windowPages(batch.size());
        List<String> toRead = new ArrayList<>();
        Set<String> lookedThrough = new HashSet<>();
        positionsByTrail.forEach((trail, positions) -> heads.get(trail).ifPresent(head -> {
            if (positions.stream().anyMatch(head::mayHold)) {
                lookedThrough.add(trail);
                for (long page = Math.max(0, head.pages() - window); page < head.pages(); page++) {
                    toRead.add(AuditPage.idOf(trail, page));
                }
            } else if (head.pages() > 0) {
                toRead.add(AuditPage.idOf(trail, head.pages() - 1));
            }
        }));
        pages.fetch(toRead);
        lookedThrough.forEach(trail -> {
            recent.put(trail, eventIdsOf(toRead.stream().filter(id -> id.startsWith(trail + "|")).toList()));
            withoutPagesNeverStored(heads.get(trail).orElseThrow(), window);
        });
    }

    /**
     * A head counting pages that are not there: it was stored and its batch's pages were not (heads go first). The
     * batch is being handled again, so its entries go after the last page that is there, as if it had never run.
     */
    private void withoutPagesNeverStored(AuditTrailHead head, long window) {
        long count = head.pages();
        while (count > Math.max(0, head.pages() - window)
                && pages.get(AuditPage.idOf(head.id(), count - 1)).isEmpty()) {
            count--;
        }
        if (count != head.pages()) {
            heads.put(new AuditTrailHead(head.id(), count, head.highestIndex()));
        }
    }

    /** The trails an event is appended to: its organisation's, and the trail of the user who recorded it. */
    static List<String> trailsOf(AuditDescriptions.Description description, EventMessage<?> message) {
        Object user = message.getMetaData().get(ProvenanceKeys.USER_ID);
        return user == null ? List.of(description.organisationId())
                : List.of(description.organisationId(), AuditTrailProjection.userTrail(user.toString()));
    }

    /** Where the event stands in the event store, when it came from a processor reading it. */
    static OptionalLong positionOf(EventMessage<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position() : OptionalLong.empty();
    }

    /** Enough pages to hold more entries than a batch of {@code events} appends to one trail. */
    static long windowPages(int events) {
        return Math.max(2, 1 + (events + AuditTrailProjection.PAGE_SIZE - 1) / AuditTrailProjection.PAGE_SIZE);
    }

    /** Adds an entry to the newest page of a trail, unless the trail already has it. */
    void append(String trailId, AuditEntry entry, OptionalLong position) {
        Set<String> recentIds = recent.computeIfAbsent(trailId, trail -> new HashSet<>());
        if (!recentIds.add(entry.eventId())) {
            return;
        }
        AuditTrailHead head = heads.get(trailId).orElseGet(() -> new AuditTrailHead(trailId));
        long pageCount = head.pages();
        // A newest page missing although its head counts it (see withoutPagesNeverStored) is made again in place.
        AuditPage newest = pageCount == 0 ? null : pages.get(AuditPage.idOf(trailId, pageCount - 1))
                .orElseGet(() -> new AuditPage(AuditPage.idOf(trailId, pageCount - 1), List.of()));
        long newCount = pageCount;
        if (newest == null || newest.entries().size() >= AuditTrailProjection.PAGE_SIZE) {
            newest = new AuditPage(AuditPage.idOf(trailId, newCount), List.of());
            newCount++;
        }
        pages.put(newest.plus(entry));
        Long highest = highestAfter(head, pageCount, position);
        if (newCount != pageCount || !java.util.Objects.equals(highest, head.highestIndex())) {
            heads.put(new AuditTrailHead(trailId, newCount, highest));
        }
    }

    /**
     * The head's highest position once an event at {@code position} is appended: unknown once an event without a
     * position is, or for a trail that had entries before heads kept it (they are not known to lie below).
     */
    private static Long highestAfter(AuditTrailHead head, long pageCount, OptionalLong position) {
        if (position.isEmpty() || (pageCount > 0 && head.highestIndex() == null)) {
            return null;
        }
        return head.highestIndex() == null ? position.getAsLong()
                : Math.max(head.highestIndex(), position.getAsLong());
    }

    private Set<String> eventIdsOf(List<String> pageIds) {
        Set<String> ids = new HashSet<>();
        pageIds.forEach(id -> pages.get(id).ifPresent(page -> page.entries().forEach(e -> ids.add(e.eventId()))));
        return ids;
    }

    /** Heads before pages: a stored page never holds an event above its head's highest position. */
    @Override
    public void flush() {
        heads.flush();
        pages.flush();
    }
}
