package org.performanceledger.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the embedded data file closes itself after a failure (H2 does when its writer runs out of memory), the
 * server still answers a ping: the ledger's health says DOWN all the same, so that whatever watches it restarts it.
 */
class DataFileClosedHealthTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDataFileClosedAfterAFailureMakesTheLedgerUnhealthyThoughThePingStillAnswers() {
        server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString("ledger"));
        MongoDatabase database = client.getDatabase("ledger");
        database.getCollection("events").insertOne(new Document("_id", 1));
        MongoHealthIndicator health = new MongoHealthIndicator(database,
                new StaticListableBeanFactory(Map.of("embeddedMongoServer", server))
                        .getBeanProvider(EmbeddedMongoServer.class));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        server.dataFile().closeImmediately();

        assertThat(database.runCommand(new Document("ping", 1)).get("ok")).as("the ping alone would say all is well")
                .isIn(1, 1.0);
        Health after = health.health();
        assertThat(after.getStatus()).isEqualTo(Status.DOWN);
        assertThat(after.getDetails()).containsEntry("dataFile",
                "closed after a failure (see the log): restart the ledger");
    }
}
