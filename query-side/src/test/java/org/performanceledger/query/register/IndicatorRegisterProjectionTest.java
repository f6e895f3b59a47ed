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
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

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
        handle(new IndicatorRegistered("southend", "CP 1.2",
                IndicatorDefinition.of("People helped", "Adults", Polarity.MAXIMISE), null), recordedAt);

        assertThat(projection.handle(new FindIndicatorQuery("southend", "CP 1.2"))).hasValueSatisfying(view -> {
            assertThat(view.definition().shortName()).isEqualTo("People helped");
            assertThat(view.definition().description()).isEqualTo("Adults");
            assertThat(view.definition().polarity()).isEqualTo(Polarity.MAXIMISE);
            assertThat(view.status()).isEqualTo("ACTIVE");
            assertThat(view.registeredAt()).isEqualTo(recordedAt);
            assertThat(view.registeredBy()).isEqualTo("performance");
            assertThat(view.registeredByName()).isEqualTo("Demo Performance Team");
        });
        assertThat(projection.handle(new FindIndicatorQuery("other-council", "CP 1.2"))).isEmpty();
    }

    @Test
    void handlingTheSameEventTwiceLeavesOneEntry() {
        IndicatorRegistered event = new IndicatorRegistered("southend", "E12",
                IndicatorDefinition.of("Sickness", null, Polarity.MINIMISE), null);
        EventMessage<?> message = message(event, Instant.parse("2019-02-22T10:31:00Z"));
        projection.on(event, message);
        projection.on(event, message);

        assertThat(database.getCollection(IndicatorRegisterProjection.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void amendmentsRetirementAndRecodingShowInTheRegisterAndRepeatHarmlessly() {
        IndicatorDefinition before = IndicatorDefinition.of("Sickness", null, Polarity.MINIMISE);
        IndicatorDefinition after = new IndicatorDefinition("Sickness absence", null, Polarity.MINIMISE, null, "days",
                2, before.frequency(), before.yearBasis(), null, "Head of HR", null, null, null, null);
        handle(new IndicatorRegistered("southend", "E12", before, null), Instant.EPOCH);
        for (int twice = 0; twice < 2; twice++) {
            handle(new IndicatorAmended("southend", "E12", before, after, "Renamed"), Instant.EPOCH);
            handle(new ComparatorRecorded("southend", "E12", new Comparator(ComparatorKind.ENGLAND_AVERAGE,
                    new BigDecimal("4.10"), "2017-18", "ONS")), Instant.EPOCH);
            handle(new IndicatorRecoded("southend", "E12", "E12a", "Renumbered"), Instant.EPOCH);
        }

        assertThat(projection.handle(new FindIndicatorQuery("southend", "E12"))).hasValueSatisfying(view -> {
            assertThat(view.definition().shortName()).isEqualTo("Sickness absence");
            assertThat(view.definition().managedBy()).isEqualTo("Head of HR");
            assertThat(view.status()).isEqualTo("RECODED");
            assertThat(view.recodedTo()).isEqualTo("E12a");
            assertThat(view.comparators()).as("the number keeps its scale: 4.10, not 4.1").containsExactly(
                    new Comparator(ComparatorKind.ENGLAND_AVERAGE, new BigDecimal("4.10"), "2017-18", "ONS"));
        });
    }

    @Test
    void resetEmptiesTheRegisterForAReplay() {
        handle(new IndicatorRegistered("southend", "E12",
                IndicatorDefinition.of("Sickness", null, Polarity.MINIMISE), null),
                Instant.parse("2019-02-22T10:31:00Z"));
        projection.reset();

        assertThat(database.getCollection(IndicatorRegisterProjection.COLLECTION).countDocuments(new Document()))
                .isZero();
    }

    private void handle(Object event, Instant recordedAt) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(message(event, recordedAt));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventMessage<?> message(Object event, Instant recordedAt) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.with("userId", "performance")
                        .and("userName", "Demo Performance Team"),
                recordedAt);
    }
}
