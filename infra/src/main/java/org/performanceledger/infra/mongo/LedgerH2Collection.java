package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * H2's collection, matching an {@code $in} on {@code _id} by a set look-up ({@link IdInQueries}) instead of comparing
 * each found document with every listed id.
 */
final class LedgerH2Collection extends H2Collection {

    /**
     * The last query seen and its look-up: one query matches many documents in a row (the collection's operations
     * are synchronised). Read once into a local, so a racing query can only cost a look-up made again, never a wrong
     * answer; one per collection, so what it holds on to is bounded by the collections, not by threads.
     */
    private volatile Recognised recognised;

    private record Recognised(Document query, IdInQueries lookUp) {
    }

    LedgerH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                       MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        Recognised last = recognised;
        if (last == null || last.query() != query) {
            last = new Recognised(query, IdInQueries.of(query));
            recognised = last;
        }
        Boolean matches = last.lookUp() == null ? null : last.lookUp().matches(document);
        return matches != null ? matches : super.documentMatchesQuery(document, query);
    }
}
