package org.performanceledger.query.audit;

import org.bson.codecs.pojo.annotations.BsonId;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of an audit trail in {@code audit_trail} ({@code _id = trail|n}, pages counting from 0): at most
 * {@link AuditTrailProjection#PAGE_SIZE} entries, oldest first, so an appended entry rewrites one bounded page.
 */
public record AuditPage(@BsonId String id, List<AuditEntry> entries) {

    static String idOf(String trailId, long page) {
        return trailId + "|" + page;
    }

    static long numberOf(String pageId) {
        return Long.parseLong(pageId.substring(pageId.lastIndexOf('|') + 1));
    }

    boolean contains(String eventId) {
        return entries.stream().anyMatch(entry -> eventId.equals(entry.eventId()));
    }

    AuditPage plus(AuditEntry entry) {
        List<AuditEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new AuditPage(id, more);
    }
}
