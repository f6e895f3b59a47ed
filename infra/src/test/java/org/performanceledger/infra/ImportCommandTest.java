package org.performanceledger.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line import: a refused file exits 2 naming its line and column, a good one is recorded as the user. */
class ImportCommandTest {

    @Test
    void theCommandLineImportRefusesBadRowsAndRecordsGoodFilesAsTheNamedUser() throws Exception {
        Path dataDir = TestData.freshDirectory("import-cli");
        try (ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                TestData.applicationArguments(dataDir))) {
            ledger.getBean(CommandGateway.class).sendAndWait(new RegisterOrganisation("cli-council", "CLI Council",
                    null));
        }
        Files.createDirectories(dataDir.resolve("files"));
        Path indicators = Files.writeString(dataDir.resolve("files/indicators.csv"), """
                code,short name,polarity
                CLI 1,Households in temporary accommodation,Aim to Minimise
                """);
        Path badValues = Files.writeString(dataDir.resolve("files/bad.csv"), """
                code,period,value
                CLI 1,January 2019,1.95
                CLI 1,January 2019x,2
                """);
        Path values = Files.writeString(dataDir.resolve("files/values.csv"), """
                code,period,value
                CLI 1,January 2019,1.95
                """);

        ChildJvm.Outcome refused = importFiles(dataDir, indicators, badValues);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("error: bad.csv line 3, period: 'January 2019x' is not a period"));
        assertThat(refused.lines()).anySatisfy(line -> assertThat(line).startsWith("Refused: "));

        ChildJvm.Outcome imported = importFiles(dataDir, indicators, values);
        assertThat(imported.exitCode()).as(String.join("\n", imported.lines())).isZero();
        assertThat(imported.lines()).anySatisfy(line -> assertThat(line)
                .isEqualTo("Imported: 2 to add, 0 to change, 0 unchanged; 2 events recorded"));

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            var events = client.getDatabase("ledger").getCollection("events");
            assertThat(events.countDocuments(Filters.regex("metaData", "\"source\":\"import\""))).isEqualTo(2);
            assertThat(events.countDocuments(Filters.regex("metaData", "\"userId\":\"jsmith\""))).isEqualTo(2);
        }
    }

    private static ChildJvm.Outcome importFiles(Path dataDir, Path... files) throws Exception {
        StringBuilder names = new StringBuilder();
        for (Path file : files) {
            names.append(names.isEmpty() ? "" : ",").append(file);
        }
        return ChildJvm.run(LedgerApplication.class, Duration.ofMinutes(2), "--ledger.command=import",
                "--ledger.import.organisation=cli-council", "--ledger.import.user=jsmith",
                "--ledger.import.files=" + names, "--spring.main.web-application-type=none",
                "--ledger.data-dir=" + dataDir, "--logging.file.name=", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
    }
}
