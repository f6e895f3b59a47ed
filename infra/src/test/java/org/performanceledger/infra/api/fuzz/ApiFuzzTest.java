package org.performanceledger.infra.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.performanceledger.infra.api.RunningApi;
import org.performanceledger.infra.api.fuzz.OpenApiDocument.Operation;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as its own description says it is. The test reads {@code /v3/api-docs} from the running ledger and, for
 * every operation, sends a fixed number of requests built from the operation's schemas (seeded, so every run sends
 * the same ones): path values the ledger holds and hostile ones (unicode, {@code ..}, encoded slashes and percent
 * signs, very long), query parameters in and out of their types, JSON bodies as the schema has them and broken
 * (a required field left out, a field of the wrong type, an unknown field, nulls, hostile text, extreme numbers),
 * in the right media type and in others, as users who may, users who may not, nobody and a wrong password. Every
 * answer must be one the description documents for the operation: never a 5xx; an error as a problem document with
 * a code the description lists; a success in a documented media type whose body its schema admits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest extends RunningApi {

    private static final long SEED = 20_261_127L;
    private static final int REQUESTS_PER_OPERATION = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the ledger holds, by the name of the parameter or property a value fills; and a few it does not. */
    static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("org", List.of("southend", "southend", "southend", "southend", "kent", "no-such-org")),
            Map.entry("code", List.of("CP 1.1", "CP 1.1", "CP 1.1", "CP 2.2", "E1", "NOPE 9")),
            Map.entry("newCode", List.of("CP 1.1 B", "FZ 2", "CP 2.2")),
            Map.entry("period", List.of("2018-04", "2018-05", "2018-06", "2018-07", "2018-08", "2018-09", "2018-10",
                    "2018-11", "2018-12", "2019-01", "2019-02", "2019-03", "2019-Q1", "2018-19-T1", "2018-19",
                    "2030-01", "2019-13")),
            Map.entry("effectiveFrom", List.of("2018-04", "2019-01", "2018-Q2")),
            Map.entry("year", List.of("2018-19", "2019-20", "2017-18", "2030-31")),
            Map.entry("name", List.of("indicator-register", "audit-trail", "no-such-view")),
            Map.entry("user", List.of("officer", "group-performance", "nobody")),
            Map.entry("kind", List.of("indicators", "targets", "values", "nope")),
            Map.entry("id", List.of("fz-one", "fz-two", "southend", "Not An Id")),
            Map.entry("committee", List.of("Cabinet", "Place Scrutiny")),
            Map.entry("targets", List.of("today", "then")));

    private LedgerClient client;
    private OpenApiDocument document;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> perOperation = new TreeMap<>();

    @BeforeAll
    void twoOrganisationsWithIndicatorsValuesATargetAndAPublication() throws Exception {
        client = new LedgerClient(port());
        given("admin", "POST", "/api/organisations", "{\"id\":\"southend\",\"name\":\"Southend-on-Sea\"}");
        given("admin", "POST", "/api/organisations", "{\"id\":\"kent\",\"name\":\"Kent County Council\"}");
        given("group-performance", "POST", "/api/organisations/southend/indicators",
                "{\"code\":\"CP 1.1\",\"shortName\":\"Adults helped to live at home\",\"polarity\":\"MAXIMISE\","
                        + "\"unit\":\"%\",\"basis\":\"MONTHLY_SNAPSHOT\"}");
        given("group-performance", "POST", "/api/organisations/southend/indicators",
                "{\"code\":\"CP 2.2\",\"shortName\":\"Missed bins\",\"polarity\":\"MINIMISE\","
                        + "\"frequency\":\"QUARTERLY\"}");
        given("group-performance", "POST", "/api/organisations/kent/indicators",
                "{\"code\":\"E1\",\"shortName\":\"Apprenticeships\",\"polarity\":\"MAXIMISE\","
                        + "\"frequency\":\"ANNUAL\",\"yearBasis\":\"ACADEMIC\"}");
        given("group-performance", "PUT", "/api/organisations/southend/indicators/CP%201.1/targets/2018-19",
                "{\"target\":{\"kind\":\"NUMBER\",\"number\":75},\"reason\":\"Plan\",\"authority\":\"Cabinet\","
                        + "\"effectiveFrom\":\"2018-04\"}");
        given("group-officer", "PUT", "/api/organisations/southend/indicators/CP%201.1/values/2019-01",
                "{\"value\":{\"state\":\"NUMBER\",\"number\":79.5}}");
        // A report is published once it has something in it, as the views show it: wait for them.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> client.send(
                LedgerClient.Request.get("/api/organisations/southend/reports/2019-01", "group-performance"))
                .statusCode() == 200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> new String(client
                .send(LedgerClient.Request.get("/api/organisations/southend/reports/2019-01", "group-performance"))
                .body()).contains("CP 1.1"));
        given("group-performance", "POST", "/api/organisations/southend/publications",
                "{\"period\":\"2019-01\",\"committee\":\"Cabinet\"}");
        HttpResponse<byte[]> description = client.send(LedgerClient.Request.get("/v3/api-docs", null));
        assertThat(description.statusCode()).isEqualTo(200);
        document = new OpenApiDocument(JSON.readTree(description.body()));
    }

    /** Recorded now, or already by another test of the same running ledger (409, or 422: nothing to change). */
    private void given(String user, String method, String path, String json) throws IOException {
        HttpResponse<byte[]> answer = client.send(LedgerClient.Request.json(method, path, user, json));
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, new String(answer.body()))
                .isIn(200, 201, 409, 422);
    }

    /** How the answers fell, for whoever reads the build's output: a run that answers only 401s tests little. */
    @AfterAll
    void answersByStatus() {
        System.out.println("API fuzz: " + statuses.values().stream().mapToInt(Integer::intValue).sum()
                + " requests, answers by status " + statuses);
        perOperation.forEach((k, v) -> System.out.println("  " + k + " " + v));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersOnlyAsItsDescriptionSays() {
        assertThat(document.operations()).as("the operations of the description").hasSizeGreaterThan(25);
        return document.operations().stream()
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> fuzz(operation)));
    }

    private void fuzz(Operation operation) throws IOException {
        Random random = new Random(SEED ^ operation.toString().hashCode());
        RequestsFromTheDescription requests = new RequestsFromTheDescription(document,
                new SchemaValues(document, random, KNOWN), random);
        AnswerCheck check = new AnswerCheck(document);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
            LedgerClient.Request request = requests.next(operation, i);
            HttpResponse<byte[]> answer = client.send(request);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            perOperation.computeIfAbsent(operation.toString(), k -> new TreeMap<>()).merge(answer.statusCode(), 1, Integer::sum);
            check.problems(operation, answer).forEach(problem -> failures.add(request + "\n    -> "
                    + answer.statusCode() + ": " + problem));
        }
        assertThat(failures).as("answers of %s that its description does not admit", operation).isEmpty();
    }
}
