package org.performanceledger.query.history;

import java.time.LocalDate;

/**
 * The returns an organisation owes: for each of its indicators still reported, the latest period that has ended by
 * {@code today}, when it has no value yet. A return is due {@code returnDueDays} after its period ends.
 */
public record ReturnsDueQuery(String organisationId, int returnDueDays, LocalDate today) {
}
