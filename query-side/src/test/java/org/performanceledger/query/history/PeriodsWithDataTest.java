package org.performanceledger.query.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.ViewStore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The periods an organisation holds values for, newest first by frequency: a withdrawn value holds none, another
 * organisation's values (even one whose id starts the same) are not its own, a year ({@code 2011-12}) of an
 * annual indicator is a year, not December 2011, and values more than 30 years old are not looked for.
 */
class PeriodsWithDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoDatabase database = client.getDatabase("ledger");
    private final IndicatorHistoryProjection projection = new IndicatorHistoryProjection(database);
    private final IndicatorRecordQueries queries = new IndicatorRecordQueries(
            ViewStore.live(database, IndicatorHistoryProjection.PROCESSING_GROUP, IndicatorHistoryProjection.SHAPE));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theOrganisationsPeriodsWithAValueNewestFirstByFrequency() {
        register("kent", "M1", Frequency.MONTHLY, YearBasis.FINANCIAL);
        register("kent", "Q1", Frequency.QUARTERLY, YearBasis.FINANCIAL);
        register("kent", "T1", Frequency.TERMLY, YearBasis.ACADEMIC);
        register("kent", "A1", Frequency.ANNUAL, YearBasis.FINANCIAL);
        register("kent-south", "M1", Frequency.MONTHLY, YearBasis.FINANCIAL);
        value("kent", "M1", "2018-19", "2019-01");
        value("kent", "M1", "2018-19", "2018-11");
        value("kent", "M1", "2019-20", "2019-04");
        value("kent", "M1", "2018-19", "2019-02");
        withdraw("kent", "M1", "2018-19", "2019-02");
        value("kent", "Q1", "2013-14", "2013-Q2");
        value("kent", "Q1", "2013-14", "2014-Q1");
        value("kent", "T1", "2012-13", "2012-13-T1");
        value("kent", "A1", "2011-12", "2011-12");
        value("kent-south", "M1", "2019-20", "2019-05");
        value("kent", "A1", "1990-91", "1990-91");

        PeriodsWithData kent = queries.handle(new PeriodsWithDataQuery("kent", TODAY));

        assertThat(kent.months()).as("a withdrawn value holds none; kent-south's May is not Kent's")
                .containsExactly("2019-04", "2019-01", "2018-11");
        assertThat(kent.quarters()).containsExactly("2014-Q1", "2013-Q2");
        assertThat(kent.terms()).containsExactly("2012-13-T1");
        assertThat(kent.years()).containsExactly("2011-12");
        assertThat(kent.latest()).containsExactly("2019-04", "2014-Q1", "2012-13-T1", "2011-12");
        assertThat(queries.handle(new PeriodsWithDataQuery("essex", TODAY)).holdsNone())
                .as("an organisation without values").isTrue();
    }

    private void register(String organisation, String code, Frequency frequency, YearBasis basis) {
        IndicatorDefinition definition = IndicatorDefinition.ofFields(Map.of("shortName", code, "polarity",
                Polarity.MAXIMISE, "frequency", frequency, "yearBasis", basis));
        IndicatorRegistered registered = new IndicatorRegistered(organisation, code, definition, null);
        projection.on(registered, message(registered));
    }

    private void value(String organisation, String code, String year, String period) {
        ValueRecorded recorded = new ValueRecorded(organisation, code, year, period, number(), null, null, null,
                false, null);
        projection.on(recorded, message(recorded));
    }

    private void withdraw(String organisation, String code, String year, String period) {
        ValueWithdrawn withdrawn = new ValueWithdrawn(organisation, code, year, period, number(), "Wrong month");
        projection.on(withdrawn, message(withdrawn));
    }

    private static MeasuredValue number() {
        return MeasuredValue.of(new BigDecimal("12"));
    }

    private static EventMessage<?> message(Object payload) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.with("userId", "officer"),
                Instant.parse("2019-02-05T09:00:00Z"));
    }
}
