package org.performanceledger.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;

/** An event with its place in the global order, for audit trails and replays that page through the store. */
public record IndexedEvent(long globalIndex, DomainEventMessage<?> event) {
}
