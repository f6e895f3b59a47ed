package org.performanceledger.query.history;

import java.util.List;

/** A period's value as it was recorded, corrected and withdrawn, oldest first. */
public record ValueHistory(String organisationId, String code, String year, String period,
                           List<ValueVersion> versions) {
}
