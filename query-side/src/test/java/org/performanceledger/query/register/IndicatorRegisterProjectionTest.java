package org.performanceledger.query.register;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorRegisterProjectionTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private IndicatorRegisterProjection projection;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("ledger");
        projection = new IndicatorRegisterProjection(database);
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void answersWithTheRegisteredIndicatorAndWhoRegisteredIt() {
        Instant recordedAt = Instant.parse("2019-02-22T10:31:00Z");
        projection.on(new IndicatorRegistered("southend", "CP 1.2", "People helped", "Adults", Polarity.MAXIMISE),
                recordedAt, "performance");

        assertThat(projection.handle(new FindIndicatorQuery("southend", "CP 1.2")))
                .contains(new IndicatorView("southend", "CP 1.2", "People helped", "Adults", Polarity.MAXIMISE,
                        recordedAt, "performance"));
        assertThat(projection.handle(new FindIndicatorQuery("other-council", "CP 1.2"))).isEmpty();
    }

    @Test
    void handlingTheSameEventTwiceLeavesOneEntry() {
        IndicatorRegistered event = new IndicatorRegistered("southend", "E12", "Sickness", null, Polarity.MINIMISE);
        projection.on(event, Instant.parse("2019-02-22T10:31:00Z"), "performance");
        projection.on(event, Instant.parse("2019-02-22T10:31:00Z"), "performance");

        assertThat(database.getCollection(IndicatorRegisterProjection.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void resetEmptiesTheRegisterForAReplay() {
        projection.on(new IndicatorRegistered("southend", "E12", "Sickness", null, Polarity.MINIMISE),
                Instant.parse("2019-02-22T10:31:00Z"), "performance");
        projection.reset();

        assertThat(database.getCollection(IndicatorRegisterProjection.COLLECTION).countDocuments(new Document()))
                .isZero();
    }
}
