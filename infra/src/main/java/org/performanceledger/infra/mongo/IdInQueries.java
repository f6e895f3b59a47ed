package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Answers whether a document matches {@code {_id: {$in: [...]}}} by one set look-up, for ids that are all strings or
 * all whole numbers. mongo-java-server finds such documents by the {@code _id} index, then matches each found one
 * against the whole query, comparing its id with every listed id through its general value normalisation: a read of
 * n ids costs n x n comparisons, each allocating. The ledger reads by {@code $in} on {@code _id} everywhere (a
 * report's year documents, a view's batch, the event store's global order), with up to a few thousand ids, so that
 * square became most of a large report's time. The answer is the one MongoDB gives: strings equal only strings,
 * whole numbers compare by value whatever their width. Any other query is not recognised ({@link #of} is null) and
 * the server's own matcher decides.
 */
final class IdInQueries {

    private final Set<Object> ids;
    private final boolean numeric;

    private IdInQueries(Set<Object> ids, boolean numeric) {
        this.ids = ids;
        this.numeric = numeric;
    }

    /** The look-up for {@code query}, or null when it is not an {@code $in} on {@code _id} of strings or longs. */
    static IdInQueries of(Document query) {
        if (query.size() != 1 || !(query.get("_id") instanceof Document condition) || condition.size() != 1
                || !(condition.get("$in") instanceof Collection<?> listed) || listed.isEmpty()) {
            return null;
        }
        boolean numeric = listed.iterator().next() instanceof Number;
        Set<Object> ids = new HashSet<>(listed.size() * 2);
        for (Object id : listed) {
            if (numeric && (id instanceof Long || id instanceof Integer)) {
                ids.add(((Number) id).longValue());
            } else if (!numeric && id instanceof String) {
                ids.add(id);
            } else {
                return null;
            }
        }
        return new IdInQueries(ids, numeric);
    }

    /**
     * Whether {@code document} matches, or null when its id is of a kind this look-up does not decide (a double, a
     * document, ...), so that the server's matcher must.
     */
    Boolean matches(Document document) {
        Object id = document.get("_id");
        if (id instanceof String) {
            return !numeric && ids.contains(id);
        }
        if (id instanceof Long || id instanceof Integer) {
            return numeric && ids.contains(((Number) id).longValue());
        }
        return null;
    }
}
