package org.performanceledger.query.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.query.ViewCodecs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The history projection as a plain object on an in-memory MongoDB: versions in order, each event once. */
class IndicatorHistoryProjectionTest {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoDatabase database = client.getDatabase("ledger");
    private final IndicatorHistoryProjection projection = new IndicatorHistoryProjection(database);
    private final ReportQueries queries = new ReportQueries(database,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyVersionOfAValueIsKeptInOrderAndAnEventHandledTwiceIsKeptOnce() {
        IndicatorRegistered registered = new IndicatorRegistered("southend", "CP 5.5",
                IndicatorDefinition.of("MySouthend sign-ups", null, Polarity.MAXIMISE), null);
        ValueRecorded recorded = new ValueRecorded("southend", "CP 5.5", "2018-19", "2018-09", number("39910"), null,
                null, null, false, null);
        ValueCorrected corrected = new ValueCorrected("southend", "CP 5.5", "2018-19", "2018-09", number("26450"),
                null, null, number("39910"), "Duplicate accounts removed", null);
        ValueWithdrawn withdrawn = new ValueWithdrawn("southend", "CP 5.5", "2018-19", "2018-09", number("26450"),
                "Wrong month");
        EventMessage<?> registration = message(registered, "2018-10-01T09:00:00Z");
        EventMessage<?> first = message(recorded, "2018-10-05T09:00:00Z");
        EventMessage<?> second = message(corrected, "2018-11-05T09:00:00Z");
        EventMessage<?> third = message(withdrawn, "2018-12-05T09:00:00Z");

        for (int twice = 0; twice < 2; twice++) {
            projection.on(registered, registration);
            projection.on(recorded, first);
            projection.on(corrected, second);
            projection.on(withdrawn, third);
        }

        ValueHistory history = queries.handle(new ValueHistoryQuery("southend", "CP 5.5", "2018-09", null))
                .orElseThrow();
        assertThat(history.versions()).extracting(ValueVersion::change)
                .containsExactly("RECORDED", "CORRECTED", "WITHDRAWN");
        assertThat(history.versions().get(1).replaced()).isEqualTo(number("39910"));
        assertThat(history.versions().get(1).recordedBy()).isEqualTo("officer");
        assertThat(history.versions().get(2).value()).isNull();
        assertThat(queries.handle(new ValueHistoryQuery("southend", "CP 5.5", "2018-09",
                Instant.parse("2018-11-30T00:00:00Z"))).orElseThrow().versions()).extracting(ValueVersion::change)
                .as("as of the end of November").containsExactly("RECORDED", "CORRECTED");
    }

    @Test
    void everyYearDocumentAnEventTouchesIsCountedForItsOrganisationAfterItIsStoredEvenWhenHandledAgain() {
        ValueRecorded september = new ValueRecorded("southend", "CP 5.5", "2018-19", "2018-09", number("39910"),
                null, null, null, false, null);
        ValueRecorded earlier = new ValueRecorded("southend", "CP 5.5", "2017-18", "2018-01", number("30000"), null,
                null, null, false, null);
        ValueRecorded elsewhere = new ValueRecorded("kent", "K 1", "2018-19", "2018-09", number("7"), null, null,
                null, false, null);
        EventMessage<?> first = message(september, "2018-10-05T09:00:00Z");
        projection.on(september, first);
        projection.on(earlier, message(earlier, "2018-10-06T09:00:00Z"));
        projection.on(elsewhere, message(elsewhere, "2018-10-07T09:00:00Z"));
        YearChanges before = count("southend");

        // As when a batch stored its year documents but failed before it stored the count: the event comes again,
        // changes nothing in the document, and is counted all the same.
        projection.on(september, first);

        YearChanges southend = count("southend");
        assertThat(before.sequence()).isEqualTo(2);
        assertThat(before.recent()).containsExactly("southend:CP 5.5:2018-19", "southend:CP 5.5:2017-18");
        assertThat(southend.epoch()).isNotBlank().isEqualTo(before.epoch());
        assertThat(southend.sequence()).isEqualTo(3);
        assertThat(southend.recent()).last().isEqualTo("southend:CP 5.5:2018-19");
        assertThat(count("kent").recent()).containsExactly("kent:K 1:2018-19");
        assertThat(count("kent").epoch()).isNotEqualTo(southend.epoch());
        assertThat(database.getCollection(IndicatorHistoryProjection.YEARS).countDocuments()).isEqualTo(3);
    }

    @Test
    void theCountNamesItsLast128ChangesAndNumbersThemAll() {
        YearMonth month = YearMonth.of(2008, 4);
        for (int i = 0; i < YearChanges.MOST_RECENT + 5; i++, month = month.plusMonths(1)) {
            int start = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
            String year = start + "-" + String.format("%02d", (start + 1) % 100);
            ValueRecorded recorded = new ValueRecorded("southend", "CP 5.5", year, month.toString(), number("1"),
                    null, null, null, false, null);
            projection.on(recorded, message(recorded, "2018-10-05T09:00:00Z"));
        }

        YearChanges count = count("southend");
        assertThat(count.sequence()).isEqualTo(YearChanges.MOST_RECENT + 5);
        assertThat(count.recent()).hasSize(YearChanges.MOST_RECENT).last().isEqualTo("southend:CP 5.5:2019-20");
        assertThat(count.recent()).first().as("the first five changes dropped: April to August 2008")
                .isEqualTo("southend:CP 5.5:2008-09");
        assertThat(count.namesEveryChangeAfter(5)).isTrue();
        assertThat(count.namesEveryChangeAfter(4)).isFalse();
    }

    private YearChanges count(String organisationId) {
        return database.getCollection(IndicatorHistoryProjection.YEAR_CHANGES, YearChanges.class)
                .withCodecRegistry(ViewCodecs.REGISTRY)
                .find(Filters.eq("_id", organisationId)).first();
    }

    private static MeasuredValue number(String value) {
        return MeasuredValue.of(new BigDecimal(value));
    }

    private static EventMessage<?> message(Object payload, String recordedAt) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.with("userId", "officer"),
                Instant.parse(recordedAt));
    }
}
