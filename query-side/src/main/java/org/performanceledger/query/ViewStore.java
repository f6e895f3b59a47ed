package org.performanceledger.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * Where a view's collections are. A view lives in one of two generations of collections (no suffix, or
 * {@value #OTHER}); a rebuild fills the other generation and then switches every reader and the live writer to it
 * at once, by flipping this pointer, so the view never stands empty. The generation in use is kept in
 * {@code view_generations}, so it survives a restart.
 */
public final class ViewStore {

    static final String OTHER = "__b";
    private static final String GENERATIONS = "view_generations";

    private final MongoDatabase database;
    private final String view;
    private final boolean persistent;
    private volatile String suffix;

    private ViewStore(MongoDatabase database, String view, String suffix, boolean persistent) {
        this.database = database;
        this.view = view;
        this.suffix = suffix;
        this.persistent = persistent;
    }

    /** The live store of a view: the generation recorded for it, or the first. */
    public static ViewStore live(MongoDatabase database, String view) {
        Document generation = database.getCollection(GENERATIONS).find(Filters.eq("_id", view)).first();
        return new ViewStore(database, view, generation == null ? "" : generation.getString("suffix"), true);
    }

    /** The same view's other generation, for a rebuild to fill. */
    public ViewStore otherGeneration() {
        return new ViewStore(database, view, suffix.isEmpty() ? OTHER : "", false);
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name + suffix);
    }

    /** Readers and the live writer use {@code rebuilt}'s generation from now on. */
    public void switchTo(ViewStore rebuilt) {
        if (persistent) {
            database.getCollection(GENERATIONS).replaceOne(Filters.eq("_id", view),
                    new Document("_id", view).append("suffix", rebuilt.suffix), new ReplaceOptions().upsert(true));
        }
        suffix = rebuilt.suffix;
    }
}
