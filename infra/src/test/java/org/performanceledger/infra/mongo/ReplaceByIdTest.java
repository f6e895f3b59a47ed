package org.performanceledger.infra.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A whole-document replacement by {@code _id}, which the embedded server answers by putting the new document in
 * place (LedgerH2Collection), gives what MongoDB gives: the document replaced whole (fields it no longer has gone,
 * its {@code _id} kept and first), matched and modified counts (an identical document is not modified), an upsert
 * inserting, a changed {@code _id} refused, other indexes kept, the replacement kept across a restart, and the
 * collection's size in {@code collStats} exact.
 */
class ReplaceByIdTest {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    @Test
    void aReplacementTakesTheWholeDocumentsPlaceAndCountsWhatItChanged() throws Exception {
        try (EmbeddedMongoServer server = start(TestData.freshDirectory("replace-by-id"));
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> years = client.getDatabase("ledger").getCollection("years");
            years.insertOne(new Document("_id", "org:CP 1:2018-19").append("code", "CP 1").append("gone", true)
                    .append("periods", new Document("2018-04", List.of(1, 2))));

            UpdateResult changed = years.replaceOne(Filters.eq("_id", "org:CP 1:2018-19"),
                    new Document("code", "CP 1").append("periods", new Document("2018-04", List.of(1, 2, 3))),
                    UPSERT);

            assertThat(changed.getMatchedCount()).isEqualTo(1);
            assertThat(changed.getModifiedCount()).isEqualTo(1);
            assertThat(changed.getUpsertedId()).isNull();
            Document stored = years.find(Filters.eq("_id", "org:CP 1:2018-19")).first();
            assertThat(stored).isEqualTo(new Document("_id", "org:CP 1:2018-19").append("code", "CP 1")
                    .append("periods", new Document("2018-04", List.of(1, 2, 3))));
            assertThat(new ArrayList<>(stored.keySet())).containsExactly("_id", "code", "periods");
            assertThat(years.countDocuments()).isEqualTo(1);

            UpdateResult same = years.replaceOne(Filters.eq("_id", "org:CP 1:2018-19"),
                    new Document("_id", "org:CP 1:2018-19").append("code", "CP 1")
                            .append("periods", new Document("2018-04", List.of(1, 2, 3))));
            assertThat(same.getMatchedCount()).isEqualTo(1);
            assertThat(same.getModifiedCount()).isZero();
        }
    }

    @Test
    void anUpsertOfAMissingDocumentInsertsItAndABulkWriteCountsBoth() throws Exception {
        try (EmbeddedMongoServer server = start(TestData.freshDirectory("replace-by-id-upsert"));
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> years = client.getDatabase("ledger").getCollection("years");
            years.insertOne(new Document("_id", "a").append("n", 1));

            List<WriteModel<Document>> writes = List.of(
                    new ReplaceOneModel<>(Filters.eq("_id", "a"), new Document("n", 2), UPSERT),
                    new ReplaceOneModel<>(Filters.eq("_id", "b"), new Document("n", 3), UPSERT),
                    new ReplaceOneModel<>(Filters.eq("_id", "c"), new Document("n", 4)));
            var result = years.bulkWrite(writes);

            assertThat(result.getMatchedCount()).isEqualTo(1);
            assertThat(result.getModifiedCount()).isEqualTo(1);
            assertThat(result.getUpserts()).hasSize(1);
            assertThat(result.getUpserts().get(0).getId().asString().getValue()).isEqualTo("b");
            assertThat(years.find().sort(new Document("_id", 1)).into(new ArrayList<>())).containsExactly(
                    new Document("_id", "a").append("n", 2), new Document("_id", "b").append("n", 3));
        }
    }

    @Test
    void aReplacementThatWouldChangeTheIdIsRefusedAndChangesNothing() throws Exception {
        try (EmbeddedMongoServer server = start(TestData.freshDirectory("replace-by-id-immutable"));
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> years = client.getDatabase("ledger").getCollection("years");
            years.insertOne(new Document("_id", "a").append("n", 1));

            assertThatThrownBy(() -> years.replaceOne(Filters.eq("_id", "a"), new Document("_id", "b").append("n", 2)))
                    .isInstanceOf(MongoWriteException.class)
                    .satisfies(refusal -> assertThat(((MongoWriteException) refusal).getCode()).isEqualTo(66));
            assertThat(years.find().into(new ArrayList<>())).containsExactly(new Document("_id", "a").append("n", 1));
        }
    }

    @Test
    void aCollectionWithAnotherIndexKeepsItUpToDateAndItsUniqueness() throws Exception {
        try (EmbeddedMongoServer server = start(TestData.freshDirectory("replace-by-id-index"));
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> users = client.getDatabase("ledger").getCollection("users");
            users.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            users.insertOne(new Document("_id", "u1").append("email", "a@example.org"));
            users.insertOne(new Document("_id", "u2").append("email", "b@example.org"));

            users.replaceOne(Filters.eq("_id", "u1"), new Document("email", "c@example.org"));

            assertThat(users.find(Filters.eq("email", "c@example.org")).first()).containsEntry("_id", "u1");
            assertThat(users.find(Filters.eq("email", "a@example.org")).first()).isNull();
            assertThatThrownBy(() -> users.bulkWrite(List.of(new ReplaceOneModel<>(Filters.eq("_id", "u2"),
                    new Document("email", "c@example.org")))))
                    .isInstanceOf(MongoBulkWriteException.class);
            assertThat(users.find(Filters.eq("_id", "u2")).first()).containsEntry("email", "b@example.org");
        }
    }

    @Test
    void aReplacementOutlivesARestartAndTheSizeIsThatOfTheDocumentsKept() throws Exception {
        Path directory = TestData.freshDirectory("replace-by-id-restart");
        Document bigger = new Document("code", "CP 1").append("text", "x".repeat(5_000));
        try (EmbeddedMongoServer server = start(directory);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> years = client.getDatabase("ledger").getCollection("years");
            years.insertOne(new Document("_id", "a").append("code", "CP 1"));
            years.insertOne(new Document("_id", "b").append("code", "CP 2"));
            years.replaceOne(Filters.eq("_id", "a"), bigger);
            years.deleteOne(Filters.eq("_id", "b"));
        }
        try (EmbeddedMongoServer server = start(directory);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> years = client.getDatabase("ledger").getCollection("years");
            Document expected = new Document("_id", "a").append("code", "CP 1").append("text", "x".repeat(5_000));
            assertThat(years.find().into(new ArrayList<>())).containsExactly(expected);

            Document stats = client.getDatabase("ledger").runCommand(new Document("collStats", "years"));
            assertThat(((Number) stats.get("size")).longValue()).isEqualTo(bsonSize(expected));
            assertThat(((Number) stats.get("count")).longValue()).isEqualTo(1);
        }
    }

    private static long bsonSize(Document document) {
        return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
    }

    private static EmbeddedMongoServer start(Path directory) {
        return EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
    }

}
