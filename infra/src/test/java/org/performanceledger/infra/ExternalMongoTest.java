package org.performanceledger.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.events.Polarity;
import org.performanceledger.infra.mongo.DurabilityBarrier;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code spring.data.mongodb.uri} set, the ledger uses that MongoDB and starts no server of its own.
 * A stand-in "external" server (in memory, started here) plays the real MongoDB; nothing touches the data directory.
 * Outside the demo profile there are no users at all.
 */
class ExternalMongoTest {

    @Test
    void aConfiguredMongoUriIsUsedAndNoEmbeddedServerStarts() {
        MongoServer external = new MongoServer(H2Backend.inMemory());
        String uri = external.bindAndGetConnectionString();
        Path unusedDataDir = TestData.freshDirectory("external-unused");
        try (ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                "--spring.data.mongodb.uri=" + uri, "--server.port=0", "--ledger.data-dir=" + unusedDataDir,
                "--logging.file.name=", "--spring.main.banner-mode=off")) {

            assertThat(ledger.getBeanProvider(EmbeddedMongoServer.class).getIfAvailable()).isNull();
            assertThat(ledger.getBean(DurabilityBarrier.class)).isSameAs(DurabilityBarrier.WRITE_CONCERN);
            assertThat(Files.exists(unusedDataDir)).isFalse();

            ledger.getBean(CommandGateway.class).sendAndWait(
                    new RegisterOrganisation("external-council", "External Council", null));
            ledger.getBean(CommandGateway.class).sendAndWait(
                    new RegisterIndicator("external-council", "X 1", "External", null, Polarity.MINIMISE));
            assertThat(ledger.getBean(EventStore.class).readEvents("external-council:X 1").asStream().count())
                    .isEqualTo(1);

            TestRestTemplate http = new TestRestTemplate();
            String root = "http://localhost:"
                    + ((WebServerApplicationContext) ledger).getWebServer().getPort();
            assertThat(ledger.getBean("mongoHealthIndicator", HealthIndicator.class).health().getDetails())
                    .containsEntry("mode", "external");
            await().atMost(Duration.ofSeconds(20)).until(() -> http.getForObject(root + "/actuator/health",
                    String.class), health -> health.contains("\"status\":\"UP\""));
            assertThat(http.withBasicAuth("performance", "demo")
                    .getForEntity(root + "/api/organisations/external-council/indicators/X 1", String.class)
                    .getStatusCode()).as("no demo users outside the demo profile").isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            external.shutdownNow();
        }
    }
}
