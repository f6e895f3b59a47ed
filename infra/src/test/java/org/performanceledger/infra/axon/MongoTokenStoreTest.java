package org.performanceledger.infra.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two nodes on one token collection: one holds a view's segment, the other sees how far it has built the view. */
class MongoTokenStoreTest {

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoTokenStore nodeOne;
    private MongoTokenStore nodeTwo;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.start(TestData.freshDirectory("token-store"), "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString("ledger"));
        MongoCollection<Document> tokens = client.getDatabase("ledger").getCollection(MongoTokenStore.COLLECTION);
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        nodeOne = new MongoTokenStore(tokens, serializer, Clock.systemUTC(), "node-1", Duration.ofSeconds(10));
        nodeTwo = new MongoTokenStore(tokens, serializer, Clock.systemUTC(), "node-2", Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aNodeWithoutTheSegmentReadsHowFarTheOtherHasBuiltTheViewWithoutClaimingIt() {
        assertThat(nodeTwo.positionBuiltElsewhere("audit-trail")).as("no segments yet").isEmpty();
        nodeOne.initializeTokenSegments("audit-trail", 1, GapAwareTrackingToken.newInstance(0, Set.of()));
        assertThat(nodeTwo.positionBuiltElsewhere("audit-trail")).as("nobody holds it").isEmpty();
        nodeOne.fetchToken("audit-trail", 0);
        nodeOne.storeToken(GapAwareTrackingToken.newInstance(42, Set.of(40L)), "audit-trail", 0);

        assertThat(nodeTwo.positionBuiltElsewhere("audit-trail")).hasValue(42);
        assertThat(nodeOne.positionBuiltElsewhere("audit-trail")).as("node one builds it itself").isEmpty();
        assertThat(nodeTwo.fetchAvailableSegments("audit-trail")).as("still node one's").isEmpty();
        assertThatThrownBy(() -> nodeTwo.fetchToken("audit-trail", 0))
                .isInstanceOf(UnableToClaimTokenException.class);

        nodeOne.releaseClaim("audit-trail", 0);
        assertThat(nodeTwo.positionBuiltElsewhere("audit-trail")).as("released: nobody builds it").isEmpty();
    }
}
