package org.performanceledger.query.audit;

import java.time.Instant;

/**
 * An audit trail, oldest first, one page at a time (pages count from 0): an organisation's, optionally narrowed to
 * one indicator or one user; or, with no organisation, one user's across every organisation. Either can be narrowed
 * to a recording-time range [from, to).
 */
public record AuditTrailQuery(String organisationId, String code, String user, Instant from, Instant to, int page,
                              int size) {
}
