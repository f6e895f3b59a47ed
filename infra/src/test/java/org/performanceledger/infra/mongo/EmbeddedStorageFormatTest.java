package org.performanceledger.infra.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server keeps documents as BSON and orders unique-index keys by value (StorageFormat); a data file an
 * earlier version wrote (H2's default types: Java serialisation) is read as it was and its indexes rewritten once.
 */
class EmbeddedStorageFormatTest {

    private static final int DOCUMENTS = 2_000;

    @Test
    void documentsOfEveryKindTheLedgerStoresComeBackAsTheyWereAcrossARestart() throws Exception {
        Path dataDir = TestData.freshDirectory("storage-format");
        Document original = new Document("_id", "org:CP 1.1:2018-19")
                .append("long", 1_002_300L).append("int", 7).append("double", 0.25).append("flag", true)
                .append("nothing", null).append("text", "Adults helped to live at home — 86.60%")
                .append("when", new Date(1_550_831_460_000L)).append("bytes", new Binary(new byte[]{1, 2, 3}))
                .append("decimal", Decimal128.parse("86.60"))
                .append("nested", new Document("values", List.of(new Document("value", "7.20"), "TBC")));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            client.getDatabase("ledger").getCollection("years").insertOne(original);
            server.flush();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            assertThat(client.getDatabase("ledger").getCollection("years").find(Filters.eq("_id", original.get("_id")))
                    .first()).isEqualTo(original);
        }
    }

    @Test
    void aDataFileOfAnEarlierVersionIsReadAsItWasAndItsUniqueIndexesStillRefuseDuplicates() throws Exception {
        Path dataDir = TestData.freshDirectory("storage-format-upgrade");
        writeWithAnEarlierVersion(dataDir);

        for (int opening = 0; opening < 2; opening++) {
            assertEveryEventIsThereAndEveryKeyStillUnique(dataDir, DOCUMENTS + opening);
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
                 MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
                if (opening == 0) {
                    client.getDatabase("ledger").getCollection("events").insertOne(event(DOCUMENTS));
                    server.flush();
                }
            }
        }
    }

    @Test
    void anUpgradeStoppedPartWayThroughAnIndexIsFinishedAtTheNextOpening() throws Exception {
        Path dataDir = TestData.freshDirectory("storage-format-interrupted");
        writeWithAnEarlierVersion(dataDir);
        Path dataFile = dataDir.resolve(EmbeddedMongoServer.DATA_FILE);
        // The process died while copying the aggregateKey index: the old index is whole, a partial copy beside it.
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).open();
        String index = aggregateKeyIndex(store);
        MVMap<Object, Object> partial = StorageFormat.index(store, index + ".rewriting");
        partial.put(new KeyValue(List.of("a-0#0")), 0L);
        store.close();

        assertEveryEventIsThereAndEveryKeyStillUnique(dataDir, DOCUMENTS);
    }

    @Test
    void anUpgradeStoppedAfterTheCopyReplacedTheOldIndexIsFinishedAtTheNextOpening() throws Exception {
        Path dataDir = TestData.freshDirectory("storage-format-renamed");
        writeWithAnEarlierVersion(dataDir);
        Path dataFile = dataDir.resolve(EmbeddedMongoServer.DATA_FILE);
        // The process died after the complete copy was made and the old index removed, before the rename.
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).open();
        String index = aggregateKeyIndex(store);
        MVMap<Object, Object> legacy = store.openMap(index);
        MVMap<Object, Object> copy = StorageFormat.index(store, index + ".rewriting");
        legacy.entrySet().forEach(entry -> copy.put(entry.getKey(), entry.getValue()));
        store.removeMap(legacy);
        store.close();

        assertEveryEventIsThereAndEveryKeyStillUnique(dataDir, DOCUMENTS);
        MVStore reopened = new MVStore.Builder().fileName(dataFile.toString()).open();
        try {
            assertThat(reopened.getMapNames()).as("the copy took the index's name")
                    .contains(index).noneMatch(name -> name.endsWith(".rewriting"));
        } finally {
            reopened.close();
        }
    }

    @Test
    void aWriteAskingForTheJournalIsCommittedBeforeItIsAnswered() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        MVStore store = new MVStore.Builder().open();
        MongoServer server = new MongoServer(new LedgerH2Backend(store, commits::incrementAndGet));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> tokens = client.getDatabase("ledger").getCollection("tokens");

            tokens.withWriteConcern(WriteConcern.ACKNOWLEDGED).insertOne(new Document("_id", "a"));
            assertThat(commits).as("an acknowledged write alone commits nothing").hasValue(0);

            tokens.withWriteConcern(WriteConcern.MAJORITY.withJournal(true)).insertOne(new Document("_id", "b"));
            tokens.withWriteConcern(WriteConcern.JOURNALED).updateOne(Filters.eq("_id", "a"),
                    new Document("$set", new Document("owner", "node-1")));
            tokens.withWriteConcern(WriteConcern.JOURNALED).deleteOne(Filters.eq("_id", "b"));
            assertThat(commits).hasValue(3);
        } finally {
            server.shutdownNow();
            store.close();
        }
    }

    /** A data file as the ledger wrote it before its own storage types: H2's backend as it comes. */
    private static void writeWithAnEarlierVersion(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        Path dataFile = dataDir.resolve(EmbeddedMongoServer.DATA_FILE);
        MVStore legacyStore = new MVStore.Builder().fileName(dataFile.toString()).open();
        MongoServer legacy = new MongoServer(new H2Backend(legacyStore));
        try (MongoClient client = MongoClients.create(legacy.bindAndGetConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("ledger").getCollection("events");
            events.createIndex(Indexes.ascending("aggregateKey"), new IndexOptions().unique(true));
            events.insertMany(IntStream.range(0, DOCUMENTS).mapToObj(EmbeddedStorageFormatTest::event).toList());
        } finally {
            legacy.shutdownNow();
            legacyStore.close();
        }
    }

    private static String aggregateKeyIndex(MVStore store) {
        return store.getMapNames().stream().filter(name -> name.contains(StorageFormat.INDEX_MARKER)
                && name.contains("aggregateKey") && name.contains("events")).findFirst().orElseThrow();
    }

    private static void assertEveryEventIsThereAndEveryKeyStillUnique(Path dataDir, int expected) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> events = client.getDatabase("ledger").getCollection("events");

            assertThat(events.countDocuments()).isEqualTo(expected);
            assertThat(events.find(Filters.eq("_id", 1_234L)).first()).isEqualTo(event(1_234));
            assertThat(events.find(Filters.in("aggregateKey", "a-17#17", "a-1999#1999", "a-none#0"))
                    .map(document -> document.getLong("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder(17L, 1_999L);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 9_999_999L)
                    .append("aggregateKey", "a-5#5")))
                    .as("the rewritten unique index still knows every key").isInstanceOf(MongoWriteException.class);
            assertThatThrownBy(() -> events.insertOne(event(42))).isInstanceOf(MongoWriteException.class);
            assertThat(events.countDocuments()).as("nothing refused was stored").isEqualTo(expected);
        }
    }

    private static Document event(int index) {
        return new Document("_id", (long) index).append("aggregateKey", "a-" + index + "#" + index)
                .append("payload", "{\"value\":" + index + "}");
    }
}
