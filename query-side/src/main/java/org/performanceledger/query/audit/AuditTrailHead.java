package org.performanceledger.query.audit;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The head of one audit trail in {@code audit_trail} ({@code _id} = the organisation's id, or {@code user:id}):
 * how many pages it has.
 */
public record AuditTrailHead(@BsonId String id, long pages) {
}
