package org.performanceledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipe on the embedded MongoDB: REST → command → event in MongoDB with the caller's identity →
 * tracking projection → REST query; and the refusals on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles({"demo", "group"})
class IndicatorSliceIntegrationTest {

    private static final String INDICATORS = "/api/organisations/{org}/indicators";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("slice").toString());
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private MongoDatabase ledgerDatabase;

    @BeforeAll
    static void registerOrganisations(@Autowired CommandGateway commands) {
        for (String organisation : List.of("southend", "essex-adult-care", "audit-council", "race-council")) {
            commands.sendAndWait(new RegisterOrganisation(organisation, "Organisation " + organisation, null));
        }
    }

    @Test
    void aRegisteredIndicatorIsStoredWithItsProvenanceAndAppearsInTheRegister() {
        HttpHeaders headers = jsonHeaders();
        headers.set("X-Correlation-Id", "slice-test-1");
        ResponseEntity<String> created = http.withBasicAuth("performance", "demo").postForEntity(INDICATORS,
                new HttpEntity<>(Map.of("code", "CP 1.2", "shortName", "People helped to live at home",
                        "polarity", "MAXIMISE"), headers), String.class, "southend");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString(
                http.getRootUri() + "/api/organisations/southend/indicators/CP%201.2");

        List<? extends DomainEventMessage<?>> stored = eventStore.readEvents("southend:CP 1.2").asStream().toList();
        assertThat(stored).singleElement().satisfies(event -> {
            assertThat(event.getPayload()).isEqualTo(new IndicatorRegistered("southend", "CP 1.2",
                    IndicatorDefinition.of("People helped to live at home", null, Polarity.MAXIMISE), null));
            assertThat(event.getMetaData())
                    .containsEntry("userId", "performance")
                    .containsEntry("userName", "Demo Performance Team")
                    .containsEntry("role", "PERFORMANCE")
                    .containsEntry("source", "api")
                    .containsEntry("correlationId", "slice-test-1");
        });
        assertThat(ledgerDatabase.getCollection("events")
                .countDocuments(Filters.eq("aggregateId", "southend:CP 1.2"))).isEqualTo(1);

        ResponseEntity<JsonNode> found = await().atMost(Duration.ofSeconds(15)).until(
                () -> http.withBasicAuth("scrutiny", "demo")
                        .getForEntity(INDICATORS + "/{code}", JsonNode.class, "southend", "CP 1.2"),
                response -> response.getStatusCode() == HttpStatus.OK);
        assertThat(found.getBody().get("shortName").asText()).isEqualTo("People helped to live at home");
        assertThat(found.getBody().get("polarity").asText()).isEqualTo("MAXIMISE");
        assertThat(found.getBody().get("registeredBy").asText()).isEqualTo("performance");
    }

    @Test
    void invalidInputIsRefusedWithAProblemNamingEachFieldAndRuleAndRecordsNothing() {
        ResponseEntity<JsonNode> refused = registerAs("group-performance", "Not_An_Org",
                Map.of("code", "CP/1.2", "shortName", " "), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, String> rules = fieldRules(refused.getBody());
        assertThat(rules).containsExactlyInAnyOrderEntriesOf(Map.of(
                "organisationId", "Pattern",
                "code", "Pattern",
                "shortName", "NotBlank",
                "polarity", "NotNull"));
        assertThat(ledgerDatabase.getCollection("events")
                .countDocuments(Filters.eq("aggregateId", "Not_An_Org:CP/1.2"))).isZero();
    }

    @Test
    void anUnknownPolarityIsRefusedNamingTheFieldAndTheAllowedValues() {
        ResponseEntity<JsonNode> refused = registerAs("performance", "southend",
                Map.of("code", "E12", "shortName", "Sickness", "polarity", "UPWARDS"), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = refused.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("polarity");
        assertThat(error.get("rule").asText()).isEqualTo("OneOf");
        assertThat(error.get("message").asText()).contains("MAXIMISE", "MINIMISE", "RANGE", "ACTIVITY");
    }

    @Test
    void registeringACodeTwiceIsAConflictAndKeepsTheFirstRegistration() {
        Map<String, String> body = Map.of("code", "CP 2.1", "shortName", "First", "polarity", "MINIMISE");
        assertThat(registerAs("performance", "southend", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> again = registerAs("performance", "southend",
                Map.of("code", "CP 2.1", "shortName", "Second", "polarity", "MAXIMISE"), JsonNode.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asText()).isEqualTo("INDICATOR_ALREADY_REGISTERED");
        assertThat(eventStore.readEvents("southend:CP 2.1").asStream().toList()).singleElement()
                .extracting(event -> ((IndicatorRegistered) event.getPayload()).definition().shortName())
                .isEqualTo("First");
    }

    @Test
    void whenManyRegisterTheSameCodeAtOnceExactlyOneSucceedsAndOneEventIsStored(@Autowired CommandGateway commands)
            throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Racer " + i;
            attempts.add(pool.submit(() -> {
                start.await();
                return commands.sendAndWait(new RegisterIndicator("race-council", "RACE 1", name, null,
                        Polarity.MAXIMISE));
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Object> attempt : attempts) {
            try {
                attempt.get(30, TimeUnit.SECONDS);
                succeeded++;
            } catch (ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOfAny(LedgerRejection.class, ConcurrencyException.class);
            }
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        assertThat(eventStore.readEvents("race-council:RACE 1").asStream().count()).isEqualTo(1);
    }

    /**
     * Indicators are loaded without Axon's aggregate lock (MessagingConfiguration): amendments of one indicator at
     * once are settled by the event store's unique key, each stored whole or refused as a conflict, never both.
     */
    @Test
    void whenManyAmendTheSameIndicatorAtOnceEachIsStoredOrRefusedAsAConflictAndTheSequenceHasNoHoles(
            @Autowired CommandGateway commands) throws Exception {
        commands.sendAndWait(new RegisterIndicator("race-council", "RACE 2", "Before", null, Polarity.MAXIMISE));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            IndicatorDefinition change = new IndicatorDefinition("Amended " + i, null, null, null, null, null, null,
                    null, null, null, null, null, null, null);
            attempts.add(pool.submit(() -> {
                start.await();
                return commands.sendAndWait(new AmendIndicator("race-council", "RACE 2", change, "Race"));
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Object> attempt : attempts) {
            try {
                attempt.get(30, TimeUnit.SECONDS);
                succeeded++;
            } catch (ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(ConcurrencyException.class);
            }
        }
        pool.shutdown();

        List<Long> sequences = eventStore.readEvents("race-council:RACE 2").asStream()
                .map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(succeeded).isPositive();
        assertThat(sequences).as("the registration and one event per accepted amendment, in sequence")
                .hasSize(1 + succeeded).isEqualTo(java.util.stream.LongStream.rangeClosed(0, succeeded).boxed()
                        .toList());
    }

    @Test
    void theSameCodeMayBeRegisteredInAnotherOrganisation() {
        Map<String, String> body = Map.of("code", "CP 3.1", "shortName", "Shared code", "polarity", "RANGE");
        assertThat(registerAs("performance", "southend", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(registerAs("group-performance", "essex-adult-care", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(registerAs("performance", "essex-adult-care", Map.of("code", "CP 3.2", "shortName", "Elsewhere",
                "polarity", "RANGE"), String.class).getStatusCode())
                .as("a southend user has no role in essex-adult-care").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyThePerformanceTeamRegistersIndicatorsAndEveryoneMustSignIn() {
        Map<String, String> body = Map.of("code", "CP 9.9", "shortName", "Name", "polarity", "MAXIMISE");
        assertThat(registerAs("officer", "southend", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity(INDICATORS, new HttpEntity<>(body, jsonHeaders()), String.class, "southend")
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("performance", "wrong").getForEntity(INDICATORS + "/{code}", String.class,
                "southend", "CP 9.9").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(eventStore.readEvents("southend:CP 9.9").asStream().toList()).isEmpty();
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        ResponseEntity<JsonNode> missing = http.withBasicAuth("auditor", "demo")
                .getForEntity(INDICATORS + "/{code}", JsonNode.class, "southend", "NOPE 1");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("code").asText()).isEqualTo("INDICATOR_NOT_FOUND");
    }

    @Test
    void auditorsCanVerifyTheEventStoreAndOfficersCannot() {
        registerAs("group-performance", "audit-council", Map.of("code", "AU 1", "shortName", "Audited",
                "polarity", "MAXIMISE"), String.class);

        ResponseEntity<JsonNode> verified = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit/verify", JsonNode.class);
        assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verified.getBody().get("intact").asBoolean()).isTrue();
        assertThat(verified.getBody().get("verifiedThrough").asLong()).isPositive();
        assertThat(verified.getBody().get("digest").asText()).hasSize(64);

        assertThat(http.withBasicAuth("officer", "demo").getForEntity("/api/audit/verify", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void healthShowsItsDetailsToAdministratorsOnlyAndTheApiIsDescribed() {
        JsonNode anonymous = await().atMost(Duration.ofSeconds(20)).until(
                () -> http.getForObject("/actuator/health", JsonNode.class),
                health -> "UP".equals(health.get("status").asText()));
        assertThat(anonymous.has("components")).as("no details for the anonymous").isFalse();
        assertThat(anonymous.toString()).doesNotContain("embedded", "diskSpace", "path");
        JsonNode scrutiny = http.withBasicAuth("scrutiny", "demo").getForObject("/actuator/health", JsonNode.class);
        assertThat(scrutiny.has("components")).isFalse();

        JsonNode health = http.withBasicAuth("admin", "demo").getForObject("/actuator/health", JsonNode.class);
        assertThat(health.at("/components/mongo/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/mongo/details/mode").asText()).isEqualTo("embedded");
        assertThat(health.at("/components/ledger/status").asText()).isEqualTo("UP");
        assertThat(http.getForObject("/actuator/health/readiness", JsonNode.class).get("status").asText())
                .isEqualTo("UP");

        JsonNode openApi = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(openApi.at("/paths").has("/api/organisations/{org}/indicators")).isTrue();
        assertThat(openApi.at("/paths").has("/api/organisations/{org}/indicators/{code}")).isTrue();
    }

    @Test
    void everySerializerIsJacksonAndXStreamIsNotOnTheClassPath(
            @Autowired @Qualifier("serializer") Serializer general,
            @Autowired @Qualifier("eventSerializer") Serializer events,
            @Autowired @Qualifier("messageSerializer") Serializer messages) {
        assertThat(List.of(general, events, messages)).allSatisfy(serializer ->
                assertThat(serializer).isInstanceOf(JacksonSerializer.class));
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    private <T> ResponseEntity<T> registerAs(String user, String organisation, Map<String, String> body,
                                             Class<T> answer) {
        return http.withBasicAuth(user, "demo").postForEntity(INDICATORS, new HttpEntity<>(body, jsonHeaders()),
                answer, organisation);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static Map<String, String> fieldRules(JsonNode problem) {
        return java.util.stream.StreamSupport.stream(problem.get("errors").spliterator(), false)
                .collect(Collectors.toMap(error -> error.get("field").asText(), error -> error.get("rule").asText()));
    }
}
