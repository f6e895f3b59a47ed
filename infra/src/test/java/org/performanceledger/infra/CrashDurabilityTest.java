package org.performanceledger.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server acknowledges writes before they reach its file. The ledger must not lose an acknowledged
 * event anyway: a separate JVM is halted right after acknowledgements, and every acknowledged event must be there
 * when the data file is opened again.
 */
class CrashDurabilityTest {

    private static final int ACKNOWLEDGEMENTS = 400;

    @Test
    void everyAcknowledgedEventSurvivesAProcessKilledRightAfterTheAcknowledgement() throws Exception {
        Path dataDir = TestData.freshDirectory("crash");

        ChildJvm.Outcome crashed = ChildJvm.run(CrashingLedger.class, Duration.ofMinutes(3),
                dataDir.toString(), String.valueOf(ACKNOWLEDGEMENTS));

        assertThat(crashed.exitCode()).as("the writer was halted, not shut down").isEqualTo(CrashingLedger.HALT_STATUS);
        Set<String> acknowledged = new HashSet<>();
        crashed.lines().stream().filter(line -> line.startsWith("ACK ")).map(line -> line.substring(4))
                .forEach(acknowledged::add);
        assertThat(acknowledged).hasSize(ACKNOWLEDGEMENTS);

        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, false);
             MongoClient client = MongoClients.create(reopened.connectionString("ledger"))) {
            List<String> stored = client.getDatabase("ledger").getCollection("events")
                    .find(Filters.regex("aggregateId", "^" + CrashingLedger.ORGANISATION + ":"))
                    .map(event -> event.getString("aggregateId"))
                    .into(new ArrayList<>());
            Set<String> storedCodes = new HashSet<>();
            stored.forEach(id -> storedCodes.add(id.substring(id.indexOf(':') + 1)));

            assertThat(storedCodes).as("acknowledged events found after the crash").containsAll(acknowledged);
            assertThat(stored).as("no event stored twice").doesNotHaveDuplicates();
        }
    }
}
