package org.performanceledger.infra.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.bson.Document;

/**
 * One event as stored in the {@code events} collection. {@code _id} is the global index; {@code aggregateKey}
 * ({@code aggregateId#sequence}) is the single-field unique key that enforces one event per aggregate sequence
 * number and serves aggregate loads as exact-key lookups.
 */
record StoredEvent(
        long globalIndex,
        String aggregateId,
        long sequence,
        String aggregateType,
        String eventId,
        String timestamp,
        String payloadType,
        String payloadRevision,
        String payload,
        String metaData,
        long allocatedAt,
        String previousHash,
        String hash
) {

    static String aggregateKey(String aggregateId, long sequence) {
        return aggregateId + "#" + sequence;
    }

    /** The hash this event should carry, recomputed from its stored fields. */
    String recomputedHash() {
        return EventHashing.eventHash(previousHash, aggregateId, sequence, aggregateType, eventId, timestamp,
                payloadType, payloadRevision, payload, metaData);
    }

    Document toDocument() {
        return new Document("_id", globalIndex)
                .append("aggregateKey", aggregateKey(aggregateId, sequence))
                .append("aggregateId", aggregateId)
                .append("sequence", sequence)
                .append("aggregateType", aggregateType)
                .append("eventId", eventId)
                .append("timestamp", timestamp)
                .append("payloadType", payloadType)
                .append("payloadRevision", payloadRevision)
                .append("payload", payload)
                .append("metaData", metaData)
                .append("allocatedAt", allocatedAt)
                .append("previousHash", previousHash)
                .append("hash", hash);
    }

    static StoredEvent fromDocument(Document document) {
        return new StoredEvent(
                ((Number) document.get("_id")).longValue(),
                document.getString("aggregateId"),
                ((Number) document.get("sequence")).longValue(),
                document.getString("aggregateType"),
                document.getString("eventId"),
                document.getString("timestamp"),
                document.getString("payloadType"),
                document.getString("payloadRevision"),
                document.getString("payload"),
                document.getString("metaData"),
                ((Number) document.get("allocatedAt")).longValue(),
                document.getString("previousHash"),
                document.getString("hash"));
    }

    GenericDomainEventEntry<String> toEntry() {
        return new GenericDomainEventEntry<>(aggregateType, aggregateId, sequence, eventId, timestamp,
                payloadType, payloadRevision, payload, metaData);
    }
}
