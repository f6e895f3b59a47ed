package org.performanceledger.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Retries with one Idempotency-Key, concurrent or one after another, all get the first attempt's outcome. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles("demo")
class IdempotencyTest {

    private static final String INDICATOR = "/api/organisations/southend/indicators/CP 5.4";
    private static final String YEAR = "southend:CP 5.4:2018-19";
    private static final int CLIENTS = 8;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("idempotency").toString());
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase ledgerDatabase;

    @BeforeAll
    static void southendWithAnIndicator(@Autowired TestRestTemplate http) {
        assertThat(send(http, "admin", HttpMethod.POST, "/api/organisations",
                "{\"id\":\"southend\",\"name\":\"Southend-on-Sea\"}", null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(send(http, "performance", HttpMethod.POST, "/api/organisations/southend/indicators",
                "{\"code\":\"CP 5.4\",\"shortName\":\"Working days lost\",\"polarity\":\"MINIMISE\"}", null)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static ResponseEntity<JsonNode> send(TestRestTemplate http, String user, HttpMethod method, String path,
                                                 String json, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(json, headers),
                JsonNode.class);
    }

    private List<ResponseEntity<JsonNode>> atOnce(Callable<ResponseEntity<JsonNode>> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> all = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            clients.shutdownNow();
        }
    }

    private long eventsOf(String aggregateId) {
        return ledgerDatabase.getCollection("events").countDocuments(Filters.eq("aggregateId", aggregateId));
    }

    @Test
    void concurrentRetriesOfARefusedCommandAreAllRefusedAlikeAndStaySoAfterwards() throws Exception {
        String correction = "{\"value\":{\"state\":\"NUMBER\",\"number\":5.1},\"reason\":\"Restated\"}";
        List<ResponseEntity<JsonNode>> answers = atOnce(() -> send(http, "officer", HttpMethod.POST,
                INDICATOR + "/values/2018-11/corrections", correction, "correct-november"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("NO_VALUE_RECORDED");
            assertThat(answer.getBody().get("field").asText()).isEqualTo("period");
        });

        assertThat(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2018-11",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":5}}", "record-november").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> later = send(http, "officer", HttpMethod.POST,
                INDICATOR + "/values/2018-11/corrections", correction, "correct-november");
        assertThat(later.getStatusCode()).as("a retry gets the first attempt's outcome, not a new one")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(later.getBody().get("code").asText()).isEqualTo("NO_VALUE_RECORDED");
    }

    @Test
    void concurrentRetriesOfASuccessfulCommandAllSucceedAndRecordOnce() throws Exception {
        List<ResponseEntity<JsonNode>> answers = atOnce(() -> send(http, "officer", HttpMethod.PUT,
                INDICATOR + "/commentary/2018-12", "{\"explanation\":\"Seasonal illness\"}", "comment-december"));

        assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.OK);
        assertThat(ledgerDatabase.getCollection("events").countDocuments(Filters.and(
                Filters.eq("aggregateId", "southend:CP 5.4:2018-19"),
                Filters.regex("payloadType", "CommentaryDrafted$")))).isEqualTo(1);
        assertThat(eventsOf("southend:CP 5.4:2018-19")).isPositive();
    }

    @Test
    void aKeyTooLongOrWithSpacesOrControlCharactersIsRefusedNamingTheHeaderAndRecordsNothing() {
        long before = eventsOf(YEAR);
        for (String key : List.of("k".repeat(201), "two words", "tab\tkey")) {
            ResponseEntity<JsonNode> refused = send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-02",
                    "{\"value\":{\"state\":\"NUMBER\",\"number\":4}}", key);

            assertThat(refused.getStatusCode()).as(key).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("code").asText()).isEqualTo("INVALID_REQUEST");
            assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(eventsOf(YEAR)).isEqualTo(before);
        assertThat(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-02",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":4}}", "k".repeat(200)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        assertThat(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2018-10",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":4}}", "october").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> reused = send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2018-10",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":9}}", "october");

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(reused.getBody().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }
}
