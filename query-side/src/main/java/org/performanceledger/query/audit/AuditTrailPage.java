package org.performanceledger.query.audit;

import java.util.List;

/** One page of an audit trail and how many entries match in all. */
public record AuditTrailPage(int page, int size, long totalEntries, List<AuditEntry> entries) {
}
