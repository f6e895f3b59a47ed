package org.performanceledger.query.history;

import org.performanceledger.events.MeasuredValue;

import java.time.Instant;

/**
 * One version of a period's value.
 *
 * @param change     RECORDED, CORRECTED or WITHDRAWN
 * @param value      the value from this version on (null once withdrawn)
 * @param replaced   the value it replaced (null for the first)
 * @param sourceDate the date a source document gave for the value, if any
 */
public record ValueVersion(Instant recordedAt, String recordedBy, String recordedByName, String source,
                           String change, MeasuredValue value, MeasuredValue replaced, String reason, boolean late,
                           String sourceDate) {
}
