package org.performanceledger.infra.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Which H2 data types each of the embedded server's maps is opened with, and bringing a data file written by an
 * earlier version up to them once.
 * <p>
 * Collections ({@code databases.<db>.<collection>}) keep their documents as BSON ({@link StoredDocumentType}); that
 * type also reads documents an earlier version wrote, so they need no rewriting. Unique indexes
 * ({@code <db>.<collection>._index_<fields>}) order their keys by {@link IndexKeyType}; an index an earlier version
 * wrote is in another order and is rewritten into this one when the file is opened ({@link #upgrade}), a copy of its
 * keys that takes seconds for a million events, once.
 * <p>
 * The rewrite survives being interrupted: an index is copied into {@code <name>.rewriting}, the old one removed and
 * the copy renamed. Whatever the file holds after a crash (the old index, with or without a partial copy; or only
 * a complete copy) the next opening finishes the job.
 */
final class StorageFormat {

    static final String INDEX_MARKER = "._index_";
    static final String COLLECTION_PREFIX = "databases.";
    private static final String REWRITING = ".rewriting";
    private static final Logger log = LoggerFactory.getLogger(StorageFormat.class);

    private StorageFormat() {
    }

    /** A collection's map with its documents as BSON; the one already open if it is. */
    static MVMap<Object, Object> collection(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<>().valueType(new StoredDocumentType()));
    }

    /** A unique index's map, ordered by {@link IndexKeyType}; the one already open if it is. */
    static MVMap<Object, Object> index(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<>().keyType(new IndexKeyType()));
    }

    /**
     * Opens every collection and index of the file with the ledger's types, rewriting each index an earlier version
     * wrote (or whose rewrite was interrupted) first. Call before the server reads anything.
     */
    static void upgrade(MVStore store) {
        List<String> names = List.copyOf(store.getMapNames());
        for (String name : names) {
            if (name.contains(INDEX_MARKER) && name.endsWith(REWRITING)) {
                String index = name.substring(0, name.length() - REWRITING.length());
                if (!store.hasMap(index)) {
                    // The old index was removed after the copy was complete: only the rename is left.
                    store.renameMap(index(store, name), index);
                } else {
                    store.removeMap(name);
                }
            }
        }
        for (String name : List.copyOf(store.getMapNames())) {
            if (name.startsWith(COLLECTION_PREFIX)) {
                collection(store, name);
            } else if (name.contains(INDEX_MARKER)) {
                openOrRewrite(store, name);
            }
        }
        store.commit();
    }

    private static void openOrRewrite(MVStore store, String name) {
        IndexKeyType probe = new IndexKeyType();
        MVMap<Object, Object> index = store.openMap(name, new MVMap.Builder<>().keyType(probe));
        if (index.isEmpty()) {
            return;
        }
        index.firstKey();
        if (!probe.sawLegacyKeys()) {
            return;
        }
        long started = System.nanoTime();
        MVMap<Object, Object> rewritten = index(store, name + REWRITING);
        rewritten.clear();
        // Iterating walks the pages in their stored order and compares nothing, so the old order is no obstacle.
        for (Map.Entry<Object, Object> entry : index.entrySet()) {
            rewritten.put(entry.getKey(), entry.getValue());
        }
        store.removeMap(index);
        store.renameMap(rewritten, name);
        log.info("Rewrote index {} of an earlier version's data file: {} keys in {} ms", name, rewritten.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
