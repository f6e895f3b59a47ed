package org.performanceledger.query.history;

import org.performanceledger.events.IndicatorDefinition;

import java.time.Instant;

/**
 * One indicator in the register: its definition and status (ACTIVE, RETIRED, RECODED) in force at the moment asked
 * about, and when that version was recorded.
 */
public record RegisterEntry(String code, IndicatorDefinition definition, String status, Instant since) {
}
