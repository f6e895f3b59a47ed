package org.performanceledger.query.audit;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The head of one audit trail in {@code audit_trail} ({@code _id} = the organisation's id, or {@code user:id}):
 * how many pages it has, and the highest position in the event store of any event appended to it.
 * <p>
 * The head is stored before the pages of the same batch, so a page never holds an event above its head's
 * {@code highestIndex}: an event above it is certainly not in the trail yet, and a batch of such events appends
 * without reading the trail's last pages to look for them ({@link AuditChanges}).
 *
 * @param highestIndex null when unknown: a trail written before heads kept it, or an event appended without a
 *                     position (a projection called outside a processor); such a trail is always looked through
 */
public record AuditTrailHead(@BsonId String id, long pages, Long highestIndex) {

    AuditTrailHead(String id) {
        this(id, 0, null);
    }

    /** True when an event at {@code position} (empty: unknown) may already be among the trail's entries. */
    boolean mayHold(java.util.OptionalLong position) {
        return pages > 0 && (highestIndex == null || position.isEmpty() || position.getAsLong() <= highestIndex);
    }
}
