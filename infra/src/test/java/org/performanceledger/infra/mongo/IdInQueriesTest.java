package org.performanceledger.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code $in} on {@code _id}, answered by a set look-up (IdInQueries), finds exactly what MongoDB would: strings
 * equal only the same strings, whole numbers match by value whatever their width, anything else is left to the
 * server's own matcher, and a query beside the {@code $in} still applies.
 */
class IdInQueriesTest {

    @Test
    void anInOnStringIdsFindsExactlyTheListedDocumentsThatExist() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(TestData.freshDirectory("id-in"), "127.0.0.1", 0,
                false); MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> years = client.getDatabase("ledger").getCollection("years");
            for (int i = 0; i < 500; i++) {
                years.insertOne(new Document("_id", "org:CP " + i + ":2018-19").append("n", i));
            }
            years.insertOne(new Document("_id", 7).append("n", -1));
            List<Object> wanted = new ArrayList<>();
            for (int i = 0; i < 500; i += 3) {
                wanted.add("org:CP " + i + ":2018-19");
            }
            wanted.add("org:CP 9999:2018-19");
            wanted.add("ORG:CP 3:2018-19");

            List<Integer> found = years.find(Filters.in("_id", wanted)).map(document -> document.getInteger("n"))
                    .into(new ArrayList<>());

            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 500; i += 3) {
                expected.add(i);
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(years.find(Filters.in("_id", List.of("7"))).first()).isNull();
        }
    }

    @Test
    void anInOnNumericIdsMatchesByValueAndOtherKindsOfIdAreLeftToTheServer() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(TestData.freshDirectory("id-in-numbers"),
                "127.0.0.1", 0, false); MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> events = client.getDatabase("ledger").getCollection("events");
            events.insertOne(new Document("_id", 5L).append("n", "long five"));
            events.insertOne(new Document("_id", 6).append("n", "int six"));
            events.insertOne(new Document("_id", 7.0).append("n", "double seven"));
            events.insertOne(new Document("_id", "5").append("n", "text five"));
            events.insertOne(new Document("_id", 8L).append("n", "long eight").append("kind", "other"));

            assertThat(names(events, Filters.in("_id", List.of(5, 6L, 7L, 9L))))
                    .containsExactlyInAnyOrder("long five", "int six", "double seven");
            assertThat(names(events, Filters.and(Filters.in("_id", List.of(5L, 8L)), Filters.eq("kind", "other"))))
                    .containsExactly("long eight");
            assertThat(names(events, Filters.in("_id", List.of(5L, "5"))))
                    .containsExactlyInAnyOrder("long five", "text five");
        }
    }

    private static List<String> names(MongoCollection<Document> collection, org.bson.conversions.Bson filter) {
        return collection.find(filter).map(document -> document.getString("n")).into(new ArrayList<>());
    }
}
