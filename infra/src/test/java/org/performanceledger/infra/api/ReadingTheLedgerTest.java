package org.performanceledger.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Everything a page lists is a resource of the API too: the organisations a user holds a role in, the returns they
 * owe, an indicator's years with every version, a year's targets, a period's current value, and a year's outturns,
 * read from the demo data of the three source documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off"})
@ActiveProfiles("demo")
class ReadingTheLedgerTest {

    private static final String CP_1_2 = "/api/organisations/southend/indicators/CP 1.2";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("reading").toString());
    }

    @Autowired
    private TestRestTemplate http;

    @BeforeAll
    static void demoDataLoadedAndViewsCurrent(@Autowired TestRestTemplate http) {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity("/actuator/health/readiness",
                String.class).getStatusCode() == HttpStatus.OK);
    }

    private JsonNode get(String user, String path) {
        ResponseEntity<JsonNode> answer = http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    @Test
    void eachUserSeesTheOrganisationsTheyHoldARoleIn() {
        assertThat(texts(get("officer", "/api/organisations"), "organisationId")).containsExactly("southend");
        assertThat(texts(get("kent-officer", "/api/organisations"), "organisationId")).containsExactly("kent");
        assertThat(texts(get("auditor", "/api/organisations"), "organisationId"))
                .containsExactly("kent", "slough-childrens-trust", "southend");
    }

    @Test
    void theReturnsOwedAreEachIndicatorsLatestEndedPeriodWithoutAValue() {
        JsonNode due = get("officer", "/api/organisations/southend/returns-due");

        assertThat(due).hasSize(29);
        assertThat(due.get(0).get("period").asText()).matches("\\d{4}-\\d{2}");
        assertThat(due.get(0).get("dueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(due.get(0).has("late")).isTrue();
        JsonNode kent = get("kent-officer", "/api/organisations/kent/returns-due");
        assertThat(texts(kent, "period")).allMatch(period -> period.matches("\\d{4}-(Q\\d|\\d{2}(-T\\d)?)"));
    }

    @Test
    void thePeriodsWithDataAreListedNewestFirstByFrequency() {
        JsonNode southend = get("scrutiny", "/api/organisations/southend/periods");

        List<String> months = strings(southend.get("months"));
        assertThat(months).hasSize(22).startsWith("2019-01", "2018-12").endsWith("2017-04");
        assertThat(southend.get("quarters")).isEmpty();
        JsonNode kent = get("kent-officer", "/api/organisations/kent/periods");
        assertThat(strings(kent.get("terms"))).contains("2012-13-T1");
        assertThat(strings(kent.get("years"))).startsWith("2012-13", "2011-12")
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(kent.get("quarters")).as("Kent's quarterly indicators hold outturns of years, no values")
                .isEmpty();
        assertThat(http.withBasicAuth("officer", "demo").getForEntity("/api/organisations/kent/periods",
                JsonNode.class).getStatusCode()).as("not for Southend's officer").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theUsersAreListedForAdministratorsOnly() {
        JsonNode users = get("admin", "/api/admin/users");

        assertThat(texts(users, "username")).contains("admin", "auditor", "officer").isSorted();
        JsonNode officer = users.get(texts(users, "username").indexOf("officer"));
        assertThat(officer.get("displayName").asText()).isEqualTo("Demo Officer");
        assertThat(officer.at("/grants/0/organisationId").asText()).isEqualTo("southend");
        assertThat(officer.at("/grants/0/role").asText()).isEqualTo("OFFICER");
        assertThat(http.withBasicAuth("officer", "demo").getForEntity("/api/admin/users", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anIndicatorsYearsCarryEveryVersionOfItsTargetsAndValues() {
        JsonNode years = get("scrutiny", CP_1_2 + "/years?from=2017-18&to=2018-19");

        assertThat(texts(years, "year")).containsExactly("2017-18", "2018-19");
        assertThat(years.get(1).at("/periods/2019-01/values/0/value/number").asText()).isEqualTo("79");
        assertThat(years.get(1).has("lastChange")).as("the view's bookkeeping is not part of the record").isFalse();
        JsonNode targets = get("scrutiny", CP_1_2 + "/targets/2018-19");
        assertThat(targets.at("/inForce/target/kind").asText()).isEqualTo("RANGE");
        assertThat(targets.at("/inForce/target/lower").asText()).isEqualTo("57");
        JsonNode value = get("scrutiny", CP_1_2 + "/values/2019-01");
        assertThat(value.at("/value/number").asText()).isEqualTo("79");
        assertThat(value.get("recordedBy").asText()).isEqualTo("demo-loader");
    }

    @Test
    void aYearsOutturnsAreListed() {
        JsonNode outturns = get("kent-officer", "/api/organisations/kent/indicators/E1/outturns/2012-13");

        assertThat(outturns).hasSize(1);
        assertThat(outturns.get(0).get("kind").asText()).isEqualTo("FINAL");
        assertThat(outturns.at("/0/value/number").asText()).isEqualTo("6.52");
    }

    @Test
    void aPeriodWithoutAValueIsNotFoundAsSuch() {
        ResponseEntity<JsonNode> none = http.withBasicAuth("scrutiny", "demo")
                .getForEntity(CP_1_2 + "/values/2016-01", JsonNode.class);

        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getBody().get("code").asText()).isEqualTo("VALUE_NOT_FOUND");
    }
}
