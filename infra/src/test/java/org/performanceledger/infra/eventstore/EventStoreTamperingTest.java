package org.performanceledger.infra.eventstore;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.audit.VerificationReport;
import org.performanceledger.application.audit.VerificationReport.Kind;

import java.time.Duration;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.performanceledger.infra.eventstore.EventStoreFixture.event;

/**
 * Each kind of tampering an administrator could do directly in MongoDB, behind the ledger's back, and what the
 * verifier says about it. The store holds 12 events of three aggregates, sealed in checkpoints of 5.
 */
class EventStoreTamperingTest {

    private final EventStoreFixture store = new EventStoreFixture(4);

    @BeforeEach
    void recordAndSeal() {
        for (int sequence = 0; sequence < 4; sequence++) {
            for (String aggregate : List.of("A", "B", "C")) {
                store.engine.appendEvents(List.of(event(aggregate, sequence)));
            }
        }
        store.sealer.sealAll();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUntouchedStoreIsIntactThroughItsLastEventWithAReproducibleDigest() {
        VerificationReport report = store.verifier.verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.verifiedThrough()).isEqualTo(12);
        assertThat(report.sealedThrough()).isEqualTo(12);
        assertThat(report.eventsChecked()).isEqualTo(12);
        assertThat(report.checkpointsChecked()).isEqualTo(3);
        assertThat(store.verifier.verify().digest()).isEqualTo(report.digest()).hasSize(64);
    }

    @Test
    void anAlteredPayloadIsReportedAtItsEvent() {
        store.events().updateOne(eq("_id", 5L), set("payload", "{\"organisationId\":\"org\",\"code\":\"forged\"}"));

        assertProblem(Kind.ALTERED, 5);
    }

    @Test
    void alteredMetaDataIsReported() {
        store.events().updateOne(eq("_id", 7L), set("metaData", "{\"userId\":\"someone-else\"}"));

        assertProblem(Kind.ALTERED, 7);
    }

    @Test
    void anEventAlteredAndReHashedIsCaughtByItsAggregatesNextEvent() {
        StoredEvent original = StoredEvent.fromDocument(store.events().find(eq("_id", 4L)).first());
        String forgedPayload = original.payload().replace("Name 1", "Forged name");
        String forgedHash = EventHashing.eventHash(original.previousHash(), original.aggregateId(),
                original.sequence(), original.aggregateType(), original.eventId(), original.timestamp(),
                original.payloadType(), original.payloadRevision(), forgedPayload, original.metaData());
        store.events().updateOne(eq("_id", 4L), combine(set("payload", forgedPayload), set("hash", forgedHash)));

        VerificationReport report = assertProblem(Kind.ALTERED, 4);
        assertThat(report.problem().detail()).contains("global index 7");
    }

    @Test
    void aDeletedEventIsReported() {
        store.events().deleteOne(eq("_id", 8L));

        assertProblem(Kind.DELETED, 8);
    }

    @Test
    void anEventInsertedIntoTheHistoryIsReported() {
        Document copy = store.events().find(eq("_id", 2L)).first();
        copy.put("_id", 13L);
        copy.put("aggregateId", "X");
        copy.put("aggregateKey", "X#0");
        store.events().insertOne(copy);

        assertProblem(Kind.INSERTED, 13);
    }

    @Test
    void eventsOfDifferentAggregatesSwappedInTheGlobalOrderAreReportedAsReordered() {
        swap(4L, 5L); // A#1 and B#1: each aggregate's own chain is still in order

        VerificationReport report = assertProblem(Kind.REORDERED, 5);
        assertThat(report.problem().detail()).contains("checkpoint 1");
    }

    @Test
    void eventsOfOneAggregateSwappedAreReportedAsReordered() {
        swap(1L, 4L); // A#0 and A#1

        assertProblem(Kind.DELETED, 1); // A#1 arrives where A#0 is expected: A#0 is missing before it
    }

    @Test
    void anEventStoredInAGapThatWasSealedAsUnusedIsReported() {
        long unused = new GlobalIndexAllocator(store.database.getCollection(LedgerEventStorageEngine.COUNTERS))
                .allocate(1);
        store.engine.appendEvents(List.of(event("D", 0)));
        store.clock.advance(EventStoreFixture.GAP_WINDOW.plus(Duration.ofSeconds(1)));
        store.sealer.sealAll();
        assertThat(store.verifier.verify().intact()).isTrue();

        Document smuggled = store.events().find(eq("_id", 3L)).first();
        smuggled.put("_id", unused);
        smuggled.put("aggregateKey", "smuggled#0");
        store.events().insertOne(smuggled);

        assertProblem(Kind.INSERTED, unused);
    }

    @Test
    void aDeletedCheckpointIsReported() {
        store.database.getCollection(EventStoreSealer.CHECKPOINTS).deleteOne(eq("_id", 2L));

        assertThat(store.verifier.verify().intact()).isFalse();
        assertThat(store.verifier.verify().problem().kind()).isEqualTo(Kind.DELETED);
    }

    private void swap(long first, long second) {
        Document a = store.events().find(eq("_id", first)).first();
        Document b = store.events().find(eq("_id", second)).first();
        store.events().deleteMany(eq("_id", first));
        store.events().deleteMany(eq("_id", second));
        a.put("_id", second);
        b.put("_id", first);
        store.events().insertMany(List.of(a, b));
    }

    private VerificationReport assertProblem(Kind kind, long globalIndex) {
        VerificationReport report = store.verifier.verify();
        assertThat(report.intact()).as(report.summary()).isFalse();
        assertThat(report.problem().kind()).as(report.summary()).isEqualTo(kind);
        assertThat(report.problem().globalIndex()).as(report.summary()).isEqualTo(globalIndex);
        return report;
    }
}
