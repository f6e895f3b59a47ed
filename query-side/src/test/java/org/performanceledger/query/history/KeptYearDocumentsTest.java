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
 * Year documents kept between reports are handed out only while the organisation's count of changed year documents
 * names no change to them since they were found current, or, where the count cannot tell, while the stored
 * document's last change is the one they were read with. To show that a kept document is not read again, some tests
 * change a stored document without counting it, or its content under the same last change, which the projection
 * never does: the reader then still sees what it kept.
 */
class KeptYearDocumentsTest {

    private static final String ID = "southend:CP 3.10:2018-19";
    private static final String OTHER = "southend:CP 3.10:2017-18";
    /** No count of changes: each kept document is checked by its last change. */
    private static final YearChanges NO_COUNT = YearChanges.none("southend");

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
        assertThat(valueOf(kept.read(years, NO_COUNT, List.of(ID)))).isEqualByComparingTo("95");

        store(years, year(ID, "50", "event-1"));
        assertThat(valueOf(kept.read(years, NO_COUNT, List.of(ID)))).as("the same last change: the kept document")
                .isEqualByComparingTo("95");

        store(years, year(ID, "80", "event-2"));
        assertThat(valueOf(kept.read(years, NO_COUNT, List.of(ID)))).as("changed since: read again")
                .isEqualByComparingTo("80");
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void aDocumentNoLongerStoredIsNotFoundAndNotKept() {
        store(years, year(ID, "95", "event-1"));
        kept.read(years, NO_COUNT, List.of(ID));

        years.deleteOne(Filters.eq("_id", ID));

        assertThat(kept.read(years, NO_COUNT, List.of(ID))).isEmpty();
        assertThat(kept.size()).isZero();
    }

    @Test
    void aDocumentStoredBeforeLastChangesWereIsReadInFullEveryTime() {
        store(years, year(ID, "95", null));
        kept.read(years, NO_COUNT, List.of(ID));

        store(years, year(ID, "80", null));

        assertThat(valueOf(kept.read(years, NO_COUNT, List.of(ID)))).isEqualByComparingTo("80");
        assertThat(kept.size()).isZero();
    }

    @Test
    void keptAndUnkeptDocumentsComeBackTogether() {
        store(years, year(ID, "95", "event-1"));
        kept.read(years, NO_COUNT, List.of(ID));
        String other = "southend:CP 3.10:2017-18";
        store(years, year(other, "70", "event-2"));

        Map<String, IndicatorYearHistory> both = kept.read(years, NO_COUNT,
                List.of(ID, other, "southend:CP 3.10:2016-17"));

        assertThat(both).containsOnlyKeys(ID, other);
        assertThat(valueOf(Map.of(ID, both.get(other)))).isEqualByComparingTo("70");
    }

    @Test
    void anotherGenerationOfTheViewIsKeptApartAndWhatWasKeptOfTheOneBeforeIsForgotten() {
        MongoCollection<IndicatorYearHistory> rebuilt = collection("indicator_years__b");
        store(years, year(ID, "95", "event-1"));
        store(rebuilt, year(ID, "50", "event-1"));
        assertThat(valueOf(kept.read(years, NO_COUNT, List.of(ID)))).isEqualByComparingTo("95");

        assertThat(valueOf(kept.read(rebuilt, NO_COUNT, List.of(ID))))
                .as("the same id and last change in another generation").isEqualByComparingTo("50");
        store(years, year(ID, "70", "event-1"));
        assertThat(valueOf(kept.read(years, NO_COUNT, List.of(ID)))).as("forgotten at the switch, so read in full")
                .isEqualByComparingTo("70");
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void aKeptDocumentIsReadAgainWhenTheCountNamesAChangeToItSinceAndOnlyThen() {
        store(years, year(ID, "95", "event-1"));
        YearChanges count = plus(YearChanges.none("southend"), List.of(ID));
        assertThat(valueOf(kept.read(years, count, List.of(ID)))).isEqualByComparingTo("95");

        store(years, year(ID, "50", "event-2"));
        assertThat(valueOf(kept.read(years, count, List.of(ID)))).as("no change counted: its last change not read")
                .isEqualByComparingTo("95");

        count = plus(count, List.of(OTHER));
        assertThat(valueOf(kept.read(years, count, List.of(ID)))).as("a change to another counted")
                .isEqualByComparingTo("95");

        count = plus(count, List.of(ID));
        assertThat(valueOf(kept.read(years, count, List.of(ID)))).as("a change to it counted: read again")
                .isEqualByComparingTo("50");

        store(years, year(ID, "60", "event-3"));
        count = plus(count, List.of(OTHER, OTHER));
        assertThat(valueOf(kept.read(years, count, List.of(ID)))).as("found current after the change before")
                .isEqualByComparingTo("50");
    }

    @Test
    void whereTheCountNoLongerNamesEveryChangeSinceTheLastChangeOfTheStoredDocumentDecides() {
        store(years, year(ID, "95", "event-1"));
        YearChanges count = plus(YearChanges.none("southend"), List.of(ID));
        kept.read(years, count, List.of(ID));
        List<String> others = IntStream.range(0, YearChanges.MOST_RECENT + 1)
                .mapToObj(i -> "southend:X " + i + ":2018-19").toList();

        store(years, year(ID, "50", "event-1"));
        count = plus(count, others);
        assertThat(count.namesEveryChangeAfter(1)).isFalse();
        assertThat(valueOf(kept.read(years, count, List.of(ID)))).as("the same last change: kept")
                .isEqualByComparingTo("95");

        store(years, year(ID, "70", "event-2"));
        count = plus(count, others);
        assertThat(valueOf(kept.read(years, count, List.of(ID)))).as("another last change: read again")
                .isEqualByComparingTo("70");
    }

    @Test
    void aCountMadeAfreshByAViewFilledAgainIsNeverTakenForTheOneTheDocumentWasFoundCurrentIn() {
        store(years, year(ID, "95", "event-1"));
        kept.read(years, plus(YearChanges.none("southend"), List.of(ID)), List.of(ID));

        store(years, year(ID, "80", "event-9"));
        YearChanges afresh = new YearChanges("southend", "another epoch", 1, List.of(ID));

        assertThat(valueOf(kept.read(years, afresh, List.of(ID)))).as("the same number, another count")
                .isEqualByComparingTo("80");
    }

    @Test
    void aCountNamesTheLastChangesOnly() {
        YearChanges count = plus(YearChanges.none("southend"), List.of(ID, OTHER, ID));

        assertThat(count.sequence()).isEqualTo(3);
        assertThat(count.lastChanges()).containsOnly(Map.entry(ID, 3L), Map.entry(OTHER, 2L));
        assertThat(count.namesEveryChangeAfter(0)).isTrue();
        assertThat(count.namesEveryChangeAfter(4)).as("a number it has not reached").isFalse();

        YearChanges trimmed = new YearChanges("southend", count.epoch(), 130, List.of(OTHER, ID));
        assertThat(trimmed.namesEveryChangeAfter(128)).isTrue();
        assertThat(trimmed.namesEveryChangeAfter(127)).as("change 128 is no longer named").isFalse();
        assertThat(trimmed.lastChanges()).containsOnly(Map.entry(OTHER, 129L), Map.entry(ID, 130L));
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

        Map<String, IndicatorYearHistory> read = small.read(years, NO_COUNT, ids);

        assertThat(read).hasSize(40);
        assertThat(small.size()).isBetween(1L, 5L);
    }

    /**
     * The count after {@code ids} are counted, as the projection's update leaves it ({@link YearChanges#counting}:
     * the projection's test shows the stored count).
     */
    private static YearChanges plus(YearChanges count, List<String> ids) {
        List<String> recent = new ArrayList<>(count.recent());
        recent.addAll(ids);
        return new YearChanges(count.organisationId(), count.epoch() == null ? "epoch-1" : count.epoch(),
                count.sequence() + ids.size(), recent.subList(Math.max(0, recent.size() - YearChanges.MOST_RECENT),
                recent.size()));
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
