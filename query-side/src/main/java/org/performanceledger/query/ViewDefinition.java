package org.performanceledger.query;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything the application needs to run a view: its name (its projection's processing group), the shape of its
 * documents (a view of another shape is rebuilt), its collections (and those of earlier shapes, to drop), how to
 * make its projection over a store, and the query handlers that read it. Each projection declares its own;
 * {@link LedgerViews#ALL} lists them, the one place a view is added.
 */
public record ViewDefinition(String name, int shape, List<String> collections, List<String> retiredCollections,
                             Function<ViewStore, Object> projection,
                             List<BiFunction<ViewStore, Clock, Object>> readers) {

    public ViewDefinition {
        collections = List.copyOf(collections);
        retiredCollections = List.copyOf(retiredCollections);
        readers = List.copyOf(readers);
    }
}
