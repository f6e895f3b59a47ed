package org.performanceledger.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where a view's collections are, and which document shape they hold.
 * <p>
 * A view lives in one of two generations of collections (no suffix, or {@value #OTHER}); a rebuild fills the other
 * generation and then switches every reader and the live writer to it at once, by flipping this pointer, so the
 * view never stands empty. The generation in use is kept in {@code view_generations}, so it survives a restart,
 * beside the shape version of the documents in it: a projection whose document shape changed carries a new
 * {@code shape}, and a live generation of another shape is never read (see {@link #holdsAnotherShape}).
 */
public final class ViewStore {

    static final String OTHER = "__b";
    private static final String GENERATIONS = "view_generations";
    /** The shape of views recorded before shapes were: every view's first. */
    private static final int FIRST_SHAPE = 1;

    private final MongoDatabase database;
    /**
     * The same database read and written through {@link ViewCodecs}. Made once per store: the driver wraps a codec
     * registry anew at every {@code withCodecRegistry}, each wrapper with its own empty cache, and a record codec
     * costs reflection over the record and its components to build, so a registry set per collection rebuilt
     * every record codec at every query.
     */
    private final MongoDatabase records;
    private final String view;
    private final int shape;
    private final boolean persistent;
    private volatile String suffix;
    private volatile int recordedShape;
    private final Map<Class<?>, Object> sharedByReaders = new ConcurrentHashMap<>();

    private ViewStore(MongoDatabase database, String view, int shape, String suffix, int recordedShape,
                      boolean persistent) {
        this.database = database;
        this.records = database.withCodecRegistry(ViewCodecs.REGISTRY);
        this.view = view;
        this.shape = shape;
        this.suffix = suffix;
        this.recordedShape = recordedShape;
        this.persistent = persistent;
    }

    /**
     * The live store of a view whose projection writes documents of {@code shape}: the generation recorded for it,
     * or the first.
     */
    public static ViewStore live(MongoDatabase database, String view, int shape) {
        Document generation = database.getCollection(GENERATIONS).find(Filters.eq("_id", view)).first();
        String suffix = generation == null ? "" : generation.getString("suffix");
        Integer recorded = generation == null ? null : generation.getInteger("shape");
        return new ViewStore(database, view, shape, suffix, recorded == null ? FIRST_SHAPE : recorded, true);
    }

    /** The same view's other generation, for a rebuild to fill. */
    public ViewStore otherGeneration() {
        return new ViewStore(database, view, shape, suffix.isEmpty() ? OTHER : "", shape, false);
    }

    /**
     * The one object of {@code type} that every reader of this store shares (what they keep of its documents, say),
     * made by {@code make} for the first to ask. Readers are made one by one over the same store; this is how they
     * share what is costly to hold twice.
     */
    public <T> T sharedByReaders(Class<T> type, Supplier<T> make) {
        return type.cast(sharedByReaders.computeIfAbsent(type, key -> make.get()));
    }

    /** A collection of this generation, read and written as {@code type} through {@link ViewCodecs}. */
    public <T> MongoCollection<T> collection(String name, Class<T> type) {
        return records.getCollection(name + suffix, type);
    }

    /** A collection of this generation as plain documents, for clearing and dropping. */
    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name + suffix);
    }

    /**
     * True when the live generation holds documents of a shape other than this projection's. A view without
     * documents holds no shape at all: it is taken to be of the current one, and recorded so.
     */
    public boolean holdsAnotherShape(List<String> collections) {
        if (recordedShape == shape) {
            return false;
        }
        if (collections.stream().allMatch(name -> collection(name).find().limit(1).first() == null)) {
            record(suffix);
            return false;
        }
        return true;
    }

    /**
     * Makes the other generation, emptied, the live one, of the current shape: for a view whose documents are of
     * another shape, before its processor starts over from the first event. The old generation is left as it was.
     */
    public void startAfresh(List<String> collections) {
        ViewStore fresh = otherGeneration();
        fresh.drop(collections);
        switchTo(fresh);
    }

    /** Drops those of the collections that exist in this generation (the embedded server logs a drop of any other). */
    public void drop(List<String> collections) {
        List<String> existing = database.listCollectionNames().into(new java.util.ArrayList<>());
        collections.stream().filter(name -> existing.contains(name + suffix))
                .forEach(name -> collection(name).drop());
    }

    /** Readers and the live writer use {@code rebuilt}'s generation, of this projection's shape, from now on. */
    public void switchTo(ViewStore rebuilt) {
        if (persistent) {
            record(rebuilt.suffix);
        }
        suffix = rebuilt.suffix;
        recordedShape = shape;
    }

    private void record(String generation) {
        database.getCollection(GENERATIONS).replaceOne(Filters.eq("_id", view),
                new Document("_id", view).append("suffix", generation).append("shape", shape),
                new ReplaceOptions().upsert(true));
        recordedShape = shape;
    }
}
