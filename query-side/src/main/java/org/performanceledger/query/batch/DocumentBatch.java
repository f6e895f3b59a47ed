package org.performanceledger.query.batch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The documents of one collection that a batch reads and changes: each read once (all of a batch's at once with
 * {@link #fetch}, an {@code $in} on {@code _id}), changed in memory, and stored together by {@link #flush} as one
 * bulk write of whole-document replacements. Documents are immutable records: a change puts a new one.
 *
 * @param <T> the document's record
 */
public final class DocumentBatch<T> implements PendingWrites {

    private final MongoCollection<T> collection;
    private final Function<T, String> idOf;
    private final Map<String, T> known = new HashMap<>();
    private final Set<String> absent = new HashSet<>();
    private final Map<String, T> changed = new LinkedHashMap<>();

    public DocumentBatch(MongoCollection<T> collection, Function<T, String> idOf) {
        this.collection = collection;
        this.idOf = idOf;
    }

    /** Reads, in one lookup, every document of {@code ids} not read yet. */
    public void fetch(Collection<String> ids) {
        List<String> unread = ids.stream().distinct().filter(id -> !known.containsKey(id) && !absent.contains(id))
                .toList();
        if (unread.isEmpty()) {
            return;
        }
        absent.addAll(unread);
        collection.find(unread.size() == 1 ? Filters.eq("_id", unread.get(0)) : Filters.in("_id", unread))
                .forEach(document -> {
                    String id = idOf.apply(document);
                    absent.remove(id);
                    known.put(id, document);
                });
    }

    /** The document as this batch has it: as stored, or as changed by an earlier event of the batch. */
    public Optional<T> get(String id) {
        fetch(List.of(id));
        return Optional.ofNullable(known.get(id));
    }

    /** Replaces (or creates) a document, to be stored at the flush. */
    public void put(T document) {
        String id = idOf.apply(document);
        known.put(id, document);
        absent.remove(id);
        changed.put(id, document);
    }

    /** How many documents wait to be stored. */
    public int pending() {
        return changed.size();
    }

    @Override
    public void flush() {
        if (changed.isEmpty()) {
            return;
        }
        collection.bulkWrite(changed.entrySet().stream()
                .map(entry -> new ReplaceOneModel<>(Filters.eq("_id", entry.getKey()), entry.getValue(),
                        new ReplaceOptions().upsert(true)))
                .toList());
        changed.clear();
    }
}
