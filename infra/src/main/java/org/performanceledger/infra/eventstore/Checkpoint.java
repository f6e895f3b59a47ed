package org.performanceledger.infra.eventstore;

import org.bson.Document;

import java.util.List;

/**
 * A sealed stretch of the global order: the running digest through {@code lastIndex}, and the indexes in
 * {@code [fromIndex, lastIndex]} that were never used (gaps). Anything later added, removed or reordered in the
 * stretch changes what the verifier recomputes.
 */
record Checkpoint(long number, long fromIndex, long lastIndex, String digest, List<Long> gaps, long eventCount,
                  String sealedAt) {

    static final Checkpoint GENESIS = new Checkpoint(0, 0, 0, EventHashing.GENESIS, List.of(), 0, null);

    Document toDocument() {
        return new Document("_id", number)
                .append("fromIndex", fromIndex)
                .append("lastIndex", lastIndex)
                .append("digest", digest)
                .append("gaps", gaps)
                .append("eventCount", eventCount)
                .append("sealedAt", sealedAt);
    }

    static Checkpoint fromDocument(Document document) {
        return new Checkpoint(
                ((Number) document.get("_id")).longValue(),
                ((Number) document.get("fromIndex")).longValue(),
                ((Number) document.get("lastIndex")).longValue(),
                document.getString("digest"),
                document.getList("gaps", Number.class).stream().map(Number::longValue).toList(),
                ((Number) document.get("eventCount")).longValue(),
                document.getString("sealedAt"));
    }
}
