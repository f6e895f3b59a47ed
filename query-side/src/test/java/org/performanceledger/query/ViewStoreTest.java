package org.performanceledger.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A view's collections are read and written through {@link ViewCodecs}, and every collection of one store shares the
 * codecs it has built: a record codec is built once, not at every query (building one reflects over the record and
 * each of its components).
 */
class ViewStoreTest {

    public record Row(@BsonId String id, BigDecimal amount, Inner inner) {
    }

    public record Inner(String text) {
    }

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoDatabase database = client.getDatabase("ledger");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyCollectionOfAStoreSharesTheCodecsItHasBuilt() {
        ViewStore store = ViewStore.live(database, "test-view", 1);

        MongoCollection<Row> first = store.collection("rows", Row.class);
        MongoCollection<Row> again = store.collection("rows", Row.class);
        MongoCollection<Row> another = store.collection("other_rows", Row.class);

        assertSame(first.getCodecRegistry().get(Row.class), again.getCodecRegistry().get(Row.class));
        assertSame(first.getCodecRegistry().get(Row.class), another.getCodecRegistry().get(Row.class));
    }

    @Test
    void recordsAreWrittenThroughTheViewCodecs() {
        ViewStore store = ViewStore.live(database, "test-view", 1);

        store.collection("rows", Row.class).insertOne(new Row("a", new BigDecimal("7.20"), new Inner("x")));

        Document stored = store.collection("rows").find(Filters.eq("_id", "a")).first();
        assertEquals("7.20", stored.get("amount"), "a decimal is kept as its exact text");
        assertEquals(new Row("a", new BigDecimal("7.20"), new Inner("x")),
                store.collection("rows", Row.class).find().first());
    }
}
