package org.performanceledger.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.events.Polarity;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line verification an auditor runs against a data directory: exit 0 when intact, 2 when not. */
class VerifyCommandTest {

    @Test
    void theCommandLineVerificationPassesAnIntactStoreAndFailsATamperedOne() throws Exception {
        Path dataDir = TestData.freshDirectory("verify-cli");
        try (ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                TestData.applicationArguments(dataDir))) {
            CommandGateway commands = ledger.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterOrganisation("verify-council", "Verify Council", null));
            for (String code : new String[]{"V 1", "V 2", "V 3"}) {
                commands.sendAndWait(new RegisterIndicator("verify-council", code, "Verified " + code, null,
                        Polarity.MAXIMISE));
            }
        }

        ChildJvm.Outcome intact = verify(dataDir);
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.lines()).anySatisfy(line -> assertThat(line).startsWith("Event store intact through"));

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            client.getDatabase("ledger").getCollection("events").updateOne(
                    Filters.eq("aggregateId", "verify-council:V 2"),
                    Updates.set("payload", "{\"organisationId\":\"verify-council\",\"code\":\"V 2\","
                            + "\"shortName\":\"Quietly renamed\",\"polarity\":\"MAXIMISE\"}"));
        }

        ChildJvm.Outcome tampered = verify(dataDir);
        assertThat(tampered.exitCode()).isEqualTo(2);
        assertThat(tampered.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("Event store NOT intact: ALTERED").contains("verify-council:V 2"));
    }

    private static ChildJvm.Outcome verify(Path dataDir) throws Exception {
        return ChildJvm.run(LedgerApplication.class, Duration.ofMinutes(2), "--ledger.command=verify",
                "--spring.main.web-application-type=none", "--ledger.data-dir=" + dataDir, "--logging.file.name=",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }
}
