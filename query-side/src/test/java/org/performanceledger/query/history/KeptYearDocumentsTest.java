package org.performanceledger.query.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.query.ViewCodecs;
import org.performanceledger.query.history.IndicatorYearHistory.PeriodHistory;
import org.performanceledger.query.history.IndicatorYearHistory.ValueChange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Year documents kept between reports are handed out only while the stored document's last change is the one they
 * were read with. To show that a kept document is not read again, some tests change a stored document's content
 * under the same last change, which the projection never does: the reader then still sees what it kept.
 */
class KeptYearDocumentsTest {

    private static final String ID = "southend:CP 3.10:2018-19";

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoDatabase database = client.getDatabase("l");
    private final MongoCollection<IndicatorYearHistory> years = collection("indicator_years");
    private final KeptYearDocuments kept = new KeptYearDocuments();

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aKeptDocumentIsReadInFullAgainOnlyWhenItsLastChangeIsAnother() {
        store(years, year(ID, "95", "event-1"));
        assertThat(valueOf(kept.read(years, List.of(ID)))).isEqualByComparingTo("95");

        store(years, year(ID, "50", "event-1"));
        assertThat(valueOf(kept.read(years, List.of(ID)))).as("the same last change: the kept document")
                .isEqualByComparingTo("95");

        store(years, year(ID, "80", "event-2"));
        assertThat(valueOf(kept.read(years, List.of(ID)))).as("changed since: read again")
                .isEqualByComparingTo("80");
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void aDocumentNoLongerStoredIsNotFoundAndNotKept() {
        store(years, year(ID, "95", "event-1"));
        kept.read(years, List.of(ID));

        years.deleteOne(Filters.eq("_id", ID));

        assertThat(kept.read(years, List.of(ID))).isEmpty();
        assertThat(kept.size()).isZero();
    }

    @Test
    void aDocumentStoredBeforeLastChangesWereIsReadInFullEveryTime() {
        store(years, year(ID, "95", null));
        kept.read(years, List.of(ID));

        store(years, year(ID, "80", null));

        assertThat(valueOf(kept.read(years, List.of(ID)))).isEqualByComparingTo("80");
        assertThat(kept.size()).isZero();
    }

    @Test
    void keptAndUnkeptDocumentsComeBackTogether() {
        store(years, year(ID, "95", "event-1"));
        kept.read(years, List.of(ID));
        String other = "southend:CP 3.10:2017-18";
        store(years, year(other, "70", "event-2"));

        Map<String, IndicatorYearHistory> both = kept.read(years, List.of(ID, other, "southend:CP 3.10:2016-17"));

        assertThat(both).containsOnlyKeys(ID, other);
        assertThat(valueOf(Map.of(ID, both.get(other)))).isEqualByComparingTo("70");
    }

    @Test
    void anotherGenerationOfTheViewIsKeptApartAndWhatWasKeptOfTheOneBeforeIsForgotten() {
        MongoCollection<IndicatorYearHistory> rebuilt = collection("indicator_years__b");
        store(years, year(ID, "95", "event-1"));
        store(rebuilt, year(ID, "50", "event-1"));
        assertThat(valueOf(kept.read(years, List.of(ID)))).isEqualByComparingTo("95");

        assertThat(valueOf(kept.read(rebuilt, List.of(ID)))).as("the same id and last change in another generation")
                .isEqualByComparingTo("50");
        store(years, year(ID, "70", "event-1"));
        assertThat(valueOf(kept.read(years, List.of(ID)))).as("forgotten at the switch, so read in full")
                .isEqualByComparingTo("70");
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void whatIsKeptStaysWithinItsBound() {
        int oneDocument = KeptYearDocuments.approximateBytes(year(ID, "1", "e"));
        KeptYearDocuments small = new KeptYearDocuments(oneDocument * 5L);
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> {
            String id = "southend:CP " + i + ":2018-19";
            store(years, year(id, String.valueOf(i), "event-" + i));
            ids.add(id);
        });

        Map<String, IndicatorYearHistory> read = small.read(years, ids);

        assertThat(read).hasSize(40);
        assertThat(small.size()).isBetween(1L, 5L);
    }

    private MongoCollection<IndicatorYearHistory> collection(String name) {
        return database.getCollection(name, IndicatorYearHistory.class).withCodecRegistry(ViewCodecs.REGISTRY);
    }

    private static void store(MongoCollection<IndicatorYearHistory> collection, IndicatorYearHistory year) {
        collection.replaceOne(Filters.eq("_id", year.id()), year, new ReplaceOptions().upsert(true));
    }

    private static IndicatorYearHistory year(String id, String january, String lastChange) {
        String[] parts = id.split(":");
        ValueChange value = new ValueChange(new Recorded("event-of-" + january, Instant.parse("2019-02-05T00:00:00Z"),
                "officer", "An Officer", "web"), "RECORDED", MeasuredValue.of(new BigDecimal(january)), null, null,
                false, null, null);
        return new IndicatorYearHistory(id, parts[0], parts[1], parts[2], List.of(), List.of(),
                Map.of("2019-01", new PeriodHistory(List.of(value), List.of(), List.of())), lastChange);
    }

    private static BigDecimal valueOf(Map<String, IndicatorYearHistory> read) {
        return read.get(ID).period("2019-01").values().get(0).value().number();
    }
}
