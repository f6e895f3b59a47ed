package org.performanceledger.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
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

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an attacker or a careless client sends is refused by name and changes nothing: text that is not Unicode or
 * holds control characters, numbers too large or too fine, fields the request does not have, fields given twice,
 * and bodies in another charset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles({"demo", "group"})
class HostileInputTest {

    private static final String INDICATOR = "/api/organisations/southend/indicators/CP 5.4";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("hostile").toString());
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase ledgerDatabase;

    @BeforeAll
    static void southendWithAnIndicator(@Autowired TestRestTemplate http) {
        assertThat(send(http, "admin", HttpMethod.POST, "/api/organisations",
                "{\"id\":\"southend\",\"name\":\"Southend-on-Sea\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(send(http, "performance", HttpMethod.POST, "/api/organisations/southend/indicators",
                "{\"code\":\"CP 5.4\",\"shortName\":\"Working days lost\",\"polarity\":\"MINIMISE\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static ResponseEntity<JsonNode> send(TestRestTemplate http, String user, HttpMethod method, String path,
                                                 String json) {
        return send(http, user, method, path, json, MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<JsonNode> send(TestRestTemplate http, String user, HttpMethod method, String path,
                                                 String json, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(json, headers),
                JsonNode.class);
    }

    private long events() {
        return ledgerDatabase.getCollection("events").countDocuments();
    }

    private static JsonNode onlyError(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("errors")).hasSize(1);
        return answer.getBody().get("errors").get(0);
    }

    @Test
    void aReasonHoldingAnUnpairedSurrogateIsRefusedNamingIt() {
        long before = events();
        JsonNode error = onlyError(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-01",
                "{\"value\":{\"state\":\"TBC\",\"reason\":\"x \\ud800 y\"}}"));

        assertThat(error.get("field").asText()).isEqualTo("value.reason");
        assertThat(error.get("rule").asText()).isEqualTo("Text");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aNulInANameIsRefused() {
        JsonNode error = onlyError(send(http, "performance", HttpMethod.POST,
                "/api/organisations/southend/indicators",
                "{\"code\":\"CP 7.1\",\"shortName\":\"Visits\\u0000\",\"polarity\":\"MAXIMISE\"}"));

        assertThat(error.get("field").asText()).isEqualTo("shortName");
        assertThat(error.get("message").asText()).contains("control characters");
    }

    @Test
    void aHugeNumberIsRefusedAtOnceNotExpanded() {
        long before = events();
        JsonNode error = onlyError(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-02",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":1e10000000}}"));

        assertThat(error.get("field").asText()).isEqualTo("value.number");
        assertThat(error.get("rule").asText()).isEqualTo("Number");
        assertThat(onlyError(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-02",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":1.1234567}}")).get("message").asText())
                .contains("6 decimal places");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedNotDropped() {
        JsonNode error = onlyError(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-03",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":5},\"comment\":\"Lower than last month\"}"));

        assertThat(error.get("field").asText()).isEqualTo("comment");
        assertThat(error.get("rule").asText()).isEqualTo("Unknown");
        assertThat(error.get("message").asText()).contains("numerator", "sourceDate", "value");
    }

    @Test
    void aFieldBesideAFlatDefinitionThatItDoesNotHaveIsRefusedToo() {
        JsonNode error = onlyError(send(http, "performance", HttpMethod.POST,
                "/api/organisations/southend/indicators",
                "{\"code\":\"CP 7.2\",\"shortName\":\"Visits\",\"polarity\":\"MAXIMISE\",\"polarty\":\"MINIMISE\"}"));

        assertThat(error.get("field").asText()).isEqualTo("polarty");
        assertThat(error.get("message").asText()).contains("polarity", "shortName", "code");
        JsonNode amendment = onlyError(send(http, "performance", HttpMethod.POST, INDICATOR + "/amendments",
                "{\"unit\":\"days\",\"reason\":\"Clearer\",\"because\":\"x\"}"));
        assertThat(amendment.get("field").asText()).isEqualTo("because");
    }

    @Test
    void aFieldGivenTwiceIsRefusedNamingIt() {
        JsonNode error = onlyError(send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-03",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":5,\"number\":6}}"));

        assertThat(error.get("field").asText()).isEqualTo("number");
        assertThat(error.get("rule").asText()).isEqualTo("Duplicate");
    }

    @Test
    void aBodyInAnotherCharsetIsRefused() {
        ResponseEntity<JsonNode> latin = send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-03",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":5}}",
                MediaType.parseMediaType("application/json;charset=ISO-8859-1"));

        assertThat(latin.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(latin.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(latin.getBody().get("detail").asText()).contains("UTF-8");
        assertThat(latin.getBody().get("status").asInt()).isEqualTo(415);
    }

    @Test
    void valuesForPeriodsNotBegunAndDatesNoSourceCouldHaveAreRefused() {
        ResponseEntity<JsonNode> future = send(http, "officer", HttpMethod.PUT,
                INDICATOR + "/values/2030-01", "{\"value\":{\"state\":\"NUMBER\",\"number\":5}}");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(future.getBody().get("code").asText()).isEqualTo("PERIOD_NOT_BEGUN");

        ResponseEntity<JsonNode> farFuture = send(http, "officer", HttpMethod.PUT, INDICATOR + "/values/2019-04",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":5},\"sourceDate\":\"+999999999-12-31\"}");
        assertThat(farFuture.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(farFuture.getBody().get("code").asText()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(farFuture.getBody().get("field").asText()).isEqualTo("sourceDate");
    }

    @Test
    void aReportIsPublishedOnlyOnceItsPeriodHasEnded() {
        await().atMost(Duration.ofSeconds(20)).until(() -> http.withBasicAuth("scrutiny", "demo").getForObject(
                "/api/organisations/southend/reports/mpr/2031-01", JsonNode.class).get("indicators").size() == 1);
        ResponseEntity<JsonNode> notBegun = send(http, "performance", HttpMethod.POST,
                "/api/organisations/southend/publications", "{\"period\":\"2031-01\",\"committee\":\"Cabinet\"}");
        // This month has begun (so it has a report) but not ended.
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London")).toString();
        ResponseEntity<JsonNode> early = send(http, "performance", HttpMethod.POST,
                "/api/organisations/southend/publications", "{\"period\":\"" + thisMonth
                        + "\",\"committee\":\"Cabinet\"}");

        assertThat(notBegun.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notBegun.getBody().get("code").asText()).as("no report yet, as no value yet")
                .isEqualTo("PERIOD_NOT_BEGUN");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(early.getBody().get("code").asText()).isEqualTo("PERIOD_OUT_OF_RANGE");
    }
}
