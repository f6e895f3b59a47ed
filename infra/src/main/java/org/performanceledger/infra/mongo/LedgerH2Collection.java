package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Assert;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * H2's collection, with two answers made cheaper for the way the ledger uses it, each giving what the server's own
 * would:
 * <ul>
 * <li>an {@code $in} on {@code _id} is matched by a set look-up ({@link IdInQueries}) instead of comparing each found
 * document with every listed id;</li>
 * <li>a whole-document replacement of one document found by its {@code _id} (every view's flush: a bulk write of
 * {@code replaceOne({_id: x}, document)}) puts the new document in place of the old. The server's general update
 * path deep-copies the stored document, builds a third copy of the new one and encodes old and new to measure them;
 * for the indicator history's year documents that was about a third of the server's time while the views caught
 * up (JFR, docs/performance.md).</li>
 * </ul>
 * Its map holds a document read from the file as its BSON ({@link StoredDocumentType.Encoded}), decoded here when the
 * server asks for that document, where H2's collection takes every value of the map to be a decoded document. A query
 * on {@code _id} alone that projects top-level fields ({@code find({_id: {$in: ids}}).projection({lastChange: 1})},
 * how a report asks whether the year documents it kept are still current) decodes those fields only, and a
 * {@code find} of whole documents on {@code _id} alone sends them as stored ({@link StoredBsonReplies}).
 * <p>
 * The collection's operations are synchronised (H2's collection), so both run one at a time per collection.
 */
final class LedgerH2Collection extends H2Collection {

    private static final String ID = "_id";

    /**
     * The last query seen and its look-up: one query matches many documents in a row (the collection's operations
     * are synchronised). Read once into a local, so a racing query can only cost a look-up made again, never a wrong
     * answer; one per collection, so what it holds on to is bounded by the collections, not by threads.
     */
    private volatile Recognised recognised;

    /**
     * False while H2's constructor runs (a final field not yet assigned reads false), true afterwards. H2's
     * constructor asks for the data size to put it in a debug message, whether or not debug is logged; see
     * {@link #getDataSize()}. Assigned in the constructor on purpose: {@code = true} in the declaration would make it
     * a constant, true even while H2's constructor runs.
     */
    private final boolean opened;

    /** H2's own map, which it keeps to itself: documents, or their BSON as read from the file. */
    private final MVMap<Object, Object> stored;

    private record Recognised(Document query, IdInQueries lookUp) {
    }

    LedgerH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                       MVMap<Object, Object> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, documents(dataMap), metaMap, cursors);
        this.stored = dataMap;
        this.opened = true;
    }

    /** The same map, as H2's collection is given it: every read of it goes through this class. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap<Object, Document> documents(MVMap<Object, Object> map) {
        return (MVMap) map;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        // As H2's collection does, without taking what the map held before for a document.
        Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        Object previous = stored.put(Missing.ofNullable(key), document);
        Assert.isNull(previous, () -> "Document with key '" + key + "' already existed in " + this);
        return key;
    }

    @Override
    protected Document getDocument(Object position) {
        return StoredDocumentType.documentOf(stored.get(position));
    }

    @Override
    protected void removeDocument(Object position) {
        if (stored.remove(position) == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return stored.entrySet().stream().map(entry ->
                new DocumentWithPosition<>(StoredDocumentType.documentOf(entry.getValue()), entry.getKey()));
    }

    /**
     * Documents found by the {@code _id} index, when the query reads nothing but {@code _id} and nothing is sorted:
     * with a projection of top-level fields only, each stored document is decoded to those fields alone, and the
     * server matches and projects them as it would the whole documents, with the same answer; with no projection,
     * in a {@code find} whose answer goes to the wire as it is, each is handed out as a stand-in that the reply
     * carries as its stored bytes ({@link StoredBsonReplies}).
     */
    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy,
                                         int numberToSkip, int numberToReturn, int batchSize,
                                         Document fieldSelector) {
        boolean idOnly = (orderBy == null || orderBy.isEmpty()) && Set.of(ID).containsAll(query.keySet());
        boolean whole = fieldSelector == null || fieldSelector.isEmpty();
        Set<String> fields = topLevelInclusion(fieldSelector);
        if (!idOnly || (whole ? !StoredBsonReplies.answeringFind() : fields == null)) {
            return super.matchDocuments(query, positions, orderBy, numberToSkip, numberToReturn, batchSize,
                    fieldSelector);
        }
        Stream<Document> documents = StreamSupport.stream(positions.spliterator(), false).map(position -> {
            Object value = stored.get(position);
            if (!(value instanceof StoredDocumentType.Encoded encoded)) {
                return (Document) value;
            }
            return whole ? encoded.standIn() : encoded.only(fields);
        });
        return matchDocumentsFromStream(documents, query, orderBy, numberToSkip, numberToReturn, batchSize,
                fieldSelector);
    }

    /**
     * The fields a projection keeps, with {@code _id}, when it only includes top-level fields ({@code {a: 1, b:
     * true}}); null for any other projection (none, an exclusion, a path, an operator), which needs the whole document.
     */
    static Set<String> topLevelInclusion(Document projection) {
        if (projection == null || projection.isEmpty()) {
            return null;
        }
        Set<String> fields = new HashSet<>();
        fields.add(ID);
        for (Map.Entry<String, Object> field : projection.entrySet()) {
            Object value = field.getValue();
            boolean included = Boolean.TRUE.equals(value)
                    || (value instanceof Number number && number.doubleValue() != 0);
            if (!included || field.getKey().contains(".") || field.getKey().startsWith("$")) {
                return null;
            }
            fields.add(field.getKey());
        }
        return fields;
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        // As H2's collection does: in the map's order, or its reverse for {$natural: -1}.
        Stream<Document> documents = isNaturalDescending(orderBy)
                ? streamAllDocumentsWithPosition()
                        .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                        .map(DocumentWithPosition::getDocument)
                : stored.values().stream().map(StoredDocumentType::documentOf);
        return matchDocumentsFromStream(documents, query, orderBy, numberToSkip, numberToReturn, batchSize,
                fieldSelector);
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

    /**
     * Replaces a document found by its {@code _id} directly; every other update (operators, several documents, a
     * query on other fields, a collection with other indexes, no document to replace) goes the server's own way.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean multi, boolean upsert, Oplog oplog) {
        Object position = multi || !arrayFilters.isEmpty() || !isReplacement(update) ? null : replaceable(selector);
        Document stored = position == null ? null : getDocument(position);
        Object storedId = stored == null ? null : stored.get(ID);
        if (stored == null || (update.containsKey(ID) && !storedId.equals(update.get(ID)))) {
            // Nothing to replace (an upsert inserts), or an attempt to change the _id, which the server refuses.
            return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
        }
        // As the server builds it: the stored _id first, then the replacement's fields in their order.
        Document replacement = new Document(ID, storedId);
        for (Map.Entry<String, Object> field : update.entrySet()) {
            if (!ID.equals(field.getKey())) {
                replacement.put(field.getKey(), field.getValue());
            }
        }
        Utils.validateFieldNames(replacement);
        boolean modified = !replacement.equals(stored);
        if (modified) {
            handleUpdate(position, stored, replacement);
        }
        oplog.handleUpdate(getFullName(), selector, update, modified ? List.of(storedId) : List.of());
        Document result = new Document("n", 1);
        result.put("nModified", modified ? 1 : 0);
        return result;
    }

    /** No field of a replacement is an update operator (the server refuses a mixture, so leave that to it). */
    private static boolean isReplacement(Document update) {
        for (String field : update.keySet()) {
            if (field.startsWith("$")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the document {@code {_id: <string>}} selects is kept, when the collection has no index but the
     * {@code _id} one (so replacing a document changes no index); null when the selector is anything else.
     */
    private Object replaceable(Document selector) {
        if (selector.size() != 1 || !(selector.get(ID) instanceof String)) {
            return null;
        }
        List<Index<Object>> indexes = getIndexes();
        synchronized (indexes) { // as the server reads them: an index may be added meanwhile
            if (indexes.size() != 1) {
                return null;
            }
            Index<Object> index = indexes.get(0);
            List<IndexKey> keys = index.getKeys();
            return keys.size() == 1 && ID.equals(keys.get(0).getKey()) ? index.getPosition(selector) : null;
        }
    }

    /**
     * The collection's size is worked out when it is asked for ({@code collStats}), not kept up to date on every
     * write: keeping it meant encoding the old and the new document of every replacement, and nothing in the ledger
     * reads it.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /**
     * Encodes every document to measure them; 0 while the collection is being opened. H2's constructor asks for it
     * only for a debug message: measuring there walked the whole event store on every start (6 seconds for 1.8
     * million events), and on a fresh 3.5 GB file that walk, racing the file's background compaction, failed the
     * start with {@code Chunk N not found} ({@link PinnedVersion}).
     */
    @Override
    protected synchronized int getDataSize() {
        if (!opened) {
            return 0;
        }
        long bytes = 0;
        ByteBuf buffer = Unpooled.buffer(4096);
        try {
            Iterator<DocumentWithPosition<Object>> all = streamAllDocumentsWithPosition().iterator();
            while (all.hasNext()) {
                buffer.clear();
                BsonEncoder.encodeDocument(all.next().getDocument(), buffer);
                bytes += buffer.readableBytes();
            }
        } finally {
            buffer.release();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
