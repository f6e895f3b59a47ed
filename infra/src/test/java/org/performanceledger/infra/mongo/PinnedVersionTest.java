package org.performanceledger.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A walk over the data file survives the file being compacted underneath it when it holds its version
 * ({@link PinnedVersion}); and opening the data file walks none of its collections.
 */
class PinnedVersionTest {

    private static final int ENTRIES = 4_000;

    /**
     * The scenario of h2database#4382: every chunk half dead, then a walk that commits and compacts every thousand
     * entries, with nothing kept for longer than needed. Unpinned, the walk reaches a page whose chunk was dropped;
     * this is the failure the pin exists for (if H2 ever fixes it, this test says so, and the pin may go).
     */
    @Test
    void anUnpinnedWalkFailsWhenTheChunksItStillNeedsAreCompactedAway() throws IOException {
        Path file = halfDeadStore("unpinned");
        try (MVStore store = reopened(file)) {
            assertThatThrownBy(() -> walkWhileCompacting(store))
                    .isInstanceOf(MVStoreException.class).hasMessageContaining("not found");
        }
    }

    @Test
    void aPinnedWalkReadsEveryEntryWhileTheFileIsCompactedUnderneathIt() throws IOException {
        Path file = halfDeadStore("pinned");
        try (MVStore store = reopened(file)) {
            List<Boolean> compactions = PinnedVersion.during(store, () -> walkWhileCompacting(store));

            assertThat(compactions).hasSize(ENTRIES / 1_000).contains(true);
            assertThat(store.<String, String>openMap("data")).hasSize(ENTRIES);
        }
    }

    /** The ledger's collections are only read when asked: opening reads a few pages, not every document. */
    @Test
    void openingTheDataFileReadsNoneOfItsDocuments() throws Exception {
        Path dataDir = TestData.freshDirectory("opening-reads-nothing");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, false);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> events = client.getDatabase("ledger").getCollection("events");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                batch.add(new Document("_id", "event-" + i).append("payload", "x".repeat(400) + i));
                if (batch.size() == 1_000) {
                    events.insertMany(batch);
                    batch.clear();
                }
            }
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, false, 16);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            long readOnOpening = server.dataFile().getFileStore().getReadCount();
            Document stats = client.getDatabase("ledger").runCommand(new Document("collStats", "events"));
            long readByAWalk = server.dataFile().getFileStore().getReadCount() - readOnOpening;

            assertThat(stats.get("size", Number.class).longValue()).isGreaterThan(20_000L * 400);
            assertThat(readOnOpening).as("pages read opening the file").isLessThan(readByAWalk / 10);
            assertThat(readByAWalk).as("pages read by a walk over the collection").isGreaterThan(500);
        }
    }

    private static Path halfDeadStore(String name) throws IOException {
        Path file = Files.createDirectories(TestData.freshDirectory("pinned-version-" + name)).resolve("store.mv.db");
        try (MVStore store = reopened(file)) {
            MVMap<String, String> map = store.openMap("data");
            for (int i = 0; i < ENTRIES; i++) {
                map.put(Integer.toString(i), "x".repeat(50) + i);
                if (i % 1_000 == 0) {
                    store.commit();
                }
            }
            for (int i = 0; i < ENTRIES; i += 2) {
                map.put(Integer.toString(i), i + "y".repeat(50));
                if (i % 1_000 == 0) {
                    store.commit();
                }
            }
            store.commit();
        }
        return file;
    }

    private static MVStore reopened(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setVersionsToKeep(0);
        store.setRetentionTime(0);
        return store;
    }

    /** Walks the map from disk; every thousand entries commits a change elsewhere and compacts the file. */
    private static List<Boolean> walkWhileCompacting(MVStore store) {
        MVMap<String, String> map = store.openMap("data");
        MVMap<String, String> elsewhere = store.openMap("elsewhere");
        List<Boolean> compactions = new ArrayList<>();
        int walked = 0;
        Iterator<String> keys = map.keyIterator(null);
        while (keys.hasNext()) {
            keys.next();
            if (++walked % 1_000 == 0) {
                elsewhere.put("walked", Integer.toString(walked));
                store.commit();
                compactions.add(store.compact(95, 16 * 1024 * 1024));
            }
        }
        assertThat(walked).isEqualTo(ENTRIES);
        return compactions;
    }
}
