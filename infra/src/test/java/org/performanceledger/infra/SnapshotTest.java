package org.performanceledger.infra;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.IndicatorYear;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A long aggregate is snapshotted in MongoDB (as JSON, by the field-reading Jackson serializer), and a load from the
 * snapshot keeps every part of its state: the next draft number, and the values already recorded.
 */
@SpringBootTest(properties = {"logging.file.name=", "spring.main.banner-mode=off",
        "ledger.event-store.snapshot-threshold=5"})
class SnapshotTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("snapshot").toString());
    }

    @Test
    void anIndicatorYearLoadedFromItsSnapshotKeepsItsState(@Autowired CommandGateway commands,
                                                          @Autowired EventStore eventStore,
                                                          @Autowired EventStorageEngine storage,
                                                          @Autowired MongoDatabase ledgerDatabase) {
        commands.sendAndWait(new RegisterOrganisation("snap-council", "Snapshot Council", null));
        commands.sendAndWait(new RegisterIndicator("snap-council", "S 1", "Snapshotted", null, Polarity.MAXIMISE));
        commands.sendAndWait(new RecordValue("snap-council", "S 1", "2019-01",
                MeasuredValue.of(BigDecimal.TEN), null, null, null));
        for (int draft = 1; draft <= 8; draft++) {
            commands.sendAndWait(new DraftCommentary("snap-council", "S 1", "2019-01", "Draft " + draft,
                    null, null));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> ledgerDatabase.getCollection("snapshots")
                .countDocuments(Filters.eq("_id", "snap-council:S 1:2018-19")) == 1);
        assertThat(storage.readSnapshot("snap-council:S 1:2018-19")).hasValueSatisfying(snapshot ->
                assertThat(snapshot.getPayload()).isInstanceOf(IndicatorYear.class));
        assertThat(ledgerDatabase.getCollection("snapshots").find(Filters.eq("_id", "snap-council:S 1:2018-19"))
                .first().getString("payload")).contains("\"2019-01\"", "commentaryDrafts");
        commands.sendAndWait(new DraftCommentary("snap-council", "S 1", "2019-01", "After the snapshot",
                null, null));

        Object last = eventStore.readEvents("snap-council:S 1:2018-19").asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();
        assertThat(((CommentaryDrafted) last).draft()).isEqualTo(9);
        assertThatThrownBy(() -> commands.sendAndWait(new RecordValue("snap-council", "S 1", "2019-01",
                MeasuredValue.of(BigDecimal.ONE), null, null, null)))
                .isInstanceOfSatisfying(LedgerRejection.class, rejection ->
                        assertThat(rejection.code()).isEqualTo(LedgerErrorCode.VALUE_ALREADY_RECORDED));
    }
}
