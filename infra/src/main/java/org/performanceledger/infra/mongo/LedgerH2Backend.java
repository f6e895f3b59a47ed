package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Set;

/**
 * mongo-java-server's H2 backend with the ledger's storage types ({@link StorageFormat}), and honouring a journaled
 * write concern ({@code j: true}) by committing the file before it answers: what a real MongoDB promises for such a
 * write, and what ledgers connected to a standalone embedded server ({@code --ledger.command=mongo-server}) ask for.
 * Every command and query holds the version it reads until it has answered ({@link PinnedVersion}).
 * <p>
 * H2's backend opens each map by name with H2's default types. Opening it first, under the same name, with the
 * ledger's types makes H2 find that map already open and use it; {@link TypedDatabase} does so for every collection
 * and index, including those created while the database itself is being opened.
 */
final class LedgerH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "findAndModify");

    /** H2Database's prefix of a collection's metadata map (its data size), beside {@link StorageFormat#COLLECTION_PREFIX}. */
    private static final String META_PREFIX = "meta.";

    private final Runnable journalCommit;

    /**
     * @param journalCommit makes every write acknowledged so far durable; called before a write that asked for
     *                      {@code j: true} is answered
     */
    LedgerH2Backend(MVStore store, Runnable journalCommit) {
        super(upgraded(store));
        this.journalCommit = journalCommit;
    }

    private static MVStore upgraded(MVStore store) {
        StorageFormat.upgrade(store);
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new TypedDatabase(databaseName);
    }

    /**
     * A command in the wire format of today's drivers (OP_MSG), answered through {@link StoredBsonReplies}: only
     * then may a {@code find} hand out stand-ins (ADR 27). A command in the legacy format (OP_QUERY on
     * {@code $cmd}, answered as OP_REPLY by the server's own encoder) reaches {@link #handleCommand} directly and
     * gets whole documents.
     */
    @Override
    public Document handleMessage(MongoMessage message) {
        boolean repliesCarryStoredBson = StoredBsonReplies.install(message.getChannel());
        String command = message.getDocument().keySet().iterator().next();
        return repliesCarryStoredBson && "find".equals(command)
                ? StoredBsonReplies.duringFind(() -> super.handleMessage(message))
                : super.handleMessage(message);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document answer = PinnedVersion.during(getMvStore(),
                () -> super.handleCommand(channel, databaseName, command, query));
        if (journalCommit != null && WRITES.contains(command) && journaled(query)) {
            journalCommit.run();
        }
        return answer;
    }

    /** A query in the legacy wire format (OP_QUERY): its walk is pinned like a command's. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return PinnedVersion.during(getMvStore(), () -> super.handleQuery(query));
    }

    private static boolean journaled(Document query) {
        return query.get("writeConcern") instanceof Document concern && Boolean.TRUE.equals(concern.get("j"));
    }

    /**
     * A database whose collections and indexes are opened with the ledger's types. An inner class: H2's database
     * opens its existing collections from its own constructor, before a field of a subclass could be set, and the
     * enclosing backend (set before that constructor runs) is where the store is found.
     */
    private final class TypedDatabase extends H2Database {

        TypedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // As H2Database opens a collection (its maps' names), with the ledger's types and collection class.
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Object> documents = StorageFormat.collection(getMvStore(),
                    StorageFormat.COLLECTION_PREFIX + namespace);
            MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + namespace);
            return new LedgerH2Collection(this, collectionName, options, documents, meta, getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                        List<IndexKey> keys, boolean sparse) {
            StorageFormat.index(getMvStore(),
                    getFullCollectionNamespace(collectionName) + StorageFormat.INDEX_MARKER + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
