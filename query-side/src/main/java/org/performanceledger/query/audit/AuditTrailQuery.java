package org.performanceledger.query.audit;

import java.time.Instant;

/**
 * The audit trail of an organisation, oldest first, optionally narrowed to one indicator or one user and to a
 * recording-time range [from, to), one page at a time (pages count from 0).
 */
public record AuditTrailQuery(String organisationId, String code, String user, Instant from, Instant to, int page,
                              int size) {
}
