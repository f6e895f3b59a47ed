package org.performanceledger.query.audit;

import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * The head of one audit trail in {@code audit_trail} ({@code _id} = the organisation's id, or {@code user:id}):
 * how many pages it has, and the events appended by the last batch that wrote to it.
 * <p>
 * A processor that stops after storing a batch's pages but before storing its token handles that batch again on
 * restart; its events may already lie in a page before the newest, so the newest page alone cannot tell they were
 * appended, and {@code lastBatch} can. Heads written before it existed lack it (null): shape 1 still.
 */
public record AuditTrailHead(@BsonId String id, long pages, List<String> lastBatch) {
}
