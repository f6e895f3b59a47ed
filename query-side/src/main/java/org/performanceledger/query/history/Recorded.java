package org.performanceledger.query.history;

import org.axonframework.eventhandling.EventMessage;
import org.performanceledger.events.ProvenanceKeys;

import java.time.Instant;

/**
 * When a version was recorded (the ledger's clock), by whom, from where, and the event it came from: every version
 * in the history documents carries one, so any past position is a filter on {@code at}, and an event handled twice
 * is found by its {@code eventId}.
 */
public record Recorded(String eventId, Instant at, String by, String byName, String source) {

    static Recorded of(EventMessage<?> message) {
        return new Recorded(message.getIdentifier(), message.getTimestamp(),
                text(message.getMetaData().get(ProvenanceKeys.USER_ID)),
                text(message.getMetaData().get(ProvenanceKeys.USER_NAME)),
                text(message.getMetaData().get(ProvenanceKeys.SOURCE)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
