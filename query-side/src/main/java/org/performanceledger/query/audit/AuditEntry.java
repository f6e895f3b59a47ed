package org.performanceledger.query.audit;

import java.time.Instant;

/**
 * One recorded fact as an auditor reads it.
 *
 * @param what   the kind of fact, e.g. "Value corrected"
 * @param before what was in force before, in words (null when nothing was)
 * @param after  what is in force after, in words
 * @param why    the reason given, when the fact carries one
 * @param source api, web or import (with the file, for imports)
 */
public record AuditEntry(String eventId, Instant recordedAt, String recordedBy, String recordedByName, String role,
                         String source, String correlationId, String organisationId, String code, String period,
                         String what, String before, String after, String why) {
}
