package org.performanceledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;
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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side over REST, as the performance team and officers use it: every kind of fact recorded, and the
 * refusals — each naming its field and rule, and each changing nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles({"demo", "group"})
class CommandSideRestTest {

    private static final String ORG = "/api/organisations/{org}";
    private static final String INDICATOR = ORG + "/indicators/{code}";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("command-rest").toString());
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStore eventStore;

    @BeforeAll
    static void southendWithItsIndicators(@Autowired TestRestTemplate http) {
        assertThat(call(http, "admin", HttpMethod.POST, "/api/organisations", Map.of("id", "southend",
                "name", "Southend-on-Sea Borough Council", "returnDueDays", 10), null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        register(http, "CP 5.4", Map.of("shortName", "Working days lost per FTE due to sickness",
                "polarity", "MINIMISE", "basis", "CUMULATIVE_YTD", "unit", "days", "decimalPlaces", 2,
                "responsibleUnit", "Strategic Services", "scrutinyCommittee", "Policy & Resources Scrutiny",
                "corporateAim", "EXCELLENT", "yearIntroduced", "2016-17"));
        register(http, "CP 3.10", Map.of("shortName", "Initial Child Protection Conferences within 15 days",
                "polarity", "MAXIMISE", "basis", "CUMULATIVE_YTD", "unit", "%"));
    }

    @Test
    void anOrganisationIsRegisteredOnceAndReadBack() {
        ResponseEntity<JsonNode> again = call(http, "admin", HttpMethod.POST, "/api/organisations",
                Map.of("id", "southend", "name", "Again"), null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asText()).isEqualTo("ORGANISATION_ALREADY_REGISTERED");

        ResponseEntity<JsonNode> invalid = call(http, "admin", HttpMethod.POST, "/api/organisations",
                Map.of("id", "Not Valid", "name", " "), null);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("id", "name");

        JsonNode southend = await().atMost(Duration.ofSeconds(15)).until(() -> http.withBasicAuth("scrutiny", "demo")
                .getForEntity(ORG, JsonNode.class, "southend"), r -> r.getStatusCode() == HttpStatus.OK).getBody();
        assertThat(southend.get("name").asText()).isEqualTo("Southend-on-Sea Borough Council");
        assertThat(southend.get("returnDueDays").asInt()).isEqualTo(10);
    }

    @Test
    void anIndicatorCannotBeRegisteredForAnUnknownOrganisation() {
        ResponseEntity<JsonNode> refused = call(http, "group-performance", HttpMethod.POST, ORG + "/indicators",
                Map.of("code", "X 1", "shortName", "X", "polarity", "MAXIMISE"), null, "nowhere");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("ORGANISATION_NOT_FOUND");
    }

    @Test
    void aValueForAnUnknownOrganisationIsRefusedAsSuchNotAsAnUnknownIndicator() {
        ResponseEntity<JsonNode> refused = call(http, "group-officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("1")), null, "nowhere", "CP 5.4", "2019-01");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("ORGANISATION_NOT_FOUND");
        assertThat(refused.getBody().get("organisationId").asText()).isEqualTo("nowhere");
    }

    @Test
    void aUserWithoutARoleInTheOrganisationIsRefusedNamingItAndTheRoleNeeded() {
        ResponseEntity<JsonNode> refused = call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("1")), null, "kent", "KS 1", "2019-01");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(refused.getBody().get("organisationId").asText()).isEqualTo("kent");
        assertThat(refused.getBody().get("requiredRoles")).extracting(JsonNode::asText)
                .containsExactly("OFFICER", "PERFORMANCE");
        assertThat(refused.getBody().get("detail").asText()).contains("kent").contains("OFFICER");
    }

    @Test
    void aValueIsRecordedCorrectedWithdrawnAndEachStepKeepsWhatItReplaced() {
        assertThat(call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("6.30")), null, "southend", "CP 5.4", "2018-11").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> twice = call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("6.31")), null, "southend", "CP 5.4", "2018-11");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().get("code").asText()).isEqualTo("VALUE_ALREADY_RECORDED");

        ResponseEntity<JsonNode> noReason = call(http, "officer", HttpMethod.POST,
                INDICATOR + "/values/{period}/corrections", Map.of("value", number("6.18")), null,
                "southend", "CP 5.4", "2018-11");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(noReason)).containsExactly("reason");

        assertThat(call(http, "officer", HttpMethod.POST, INDICATOR + "/values/{period}/corrections",
                Map.of("value", number("6.18"), "reason", "Payroll re-run"), null, "southend", "CP 5.4", "2018-11")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(http, "officer", HttpMethod.POST, INDICATOR + "/values/{period}/withdrawal",
                Map.of("reason", "Entered against the wrong month"), null, "southend", "CP 5.4", "2018-11")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Object> payloads = payloads("southend:CP 5.4:2018-19").stream()
                .filter(event -> event instanceof ValueRecorded || event instanceof ValueCorrected
                        || event instanceof ValueWithdrawn).toList();
        assertThat(payloads).hasSize(3);
        ValueRecorded recorded = (ValueRecorded) payloads.get(0);
        assertThat(recorded.late()).as("November's return recorded in 2026 is late").isTrue();
        assertThat(((ValueCorrected) payloads.get(1)).replaced())
                .isEqualTo(MeasuredValue.of(new BigDecimal("6.30")));
        assertThat(((ValueWithdrawn) payloads.get(2)).withdrawn())
                .isEqualTo(MeasuredValue.of(new BigDecimal("6.18")));
    }

    @Test
    void valuesOutsideTheRulesAreRefusedNamingFieldAndRuleAndRecordNothing() {
        ResponseEntity<JsonNode> badPeriod = call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("1")), null, "southend", "CP 5.4", "2019-13");
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badPeriod.getBody().get("code").asText()).isEqualTo("PERIOD_MALFORMED");
        assertThat(badPeriod.getBody().get("field").asText()).isEqualTo("period");
        assertThat(badPeriod.getBody().get("acceptedForms").asText()).contains("2019-01").contains("2019-Q3");
        ResponseEntity<JsonNode> quarter = call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("1")), null, "southend", "CP 5.4", "2018-Q4");
        assertThat(quarter.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(quarter.getBody().get("code").asText()).isEqualTo("PERIOD_NOT_IN_YEAR");
        assertThat(quarter.getBody().get("detail").asText()).contains("months such as 2019-01");

        ResponseEntity<JsonNode> over100 = call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("173.5")), null, "southend", "CP 3.10", "2019-01");
        assertThat(over100.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(over100.getBody().get("code").asText()).isEqualTo("PERCENTAGE_OUT_OF_RANGE");
        assertThat(over100.getBody().get("field").asText()).isEqualTo("value.number");

        ResponseEntity<JsonNode> noNumber = call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", Map.of("state", "TBC")), null, "southend", "CP 3.10", "2019-01");
        assertThat(noNumber.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noNumber.getBody().get("field").asText()).isEqualTo("value.reason");

        assertThat(payloads("southend:CP 3.10:2018-19")).isEmpty();
    }

    @Test
    void aTargetNeedsReasonAuthorityAndConsistentBounds() {
        Map<String, Object> reversed = Map.of("target", Map.of("kind", "RANGE", "lower", 67, "upper", 57),
                "reason", "Plan", "authority", "Cabinet, 19 January 2017", "effectiveFrom", "2018-04");
        ResponseEntity<JsonNode> refused = call(http, "performance", HttpMethod.PUT, INDICATOR + "/targets/{year}",
                reversed, null, "southend", "CP 5.4", "2018-19");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("RANGE_REVERSED");

        ResponseEntity<JsonNode> noAuthority = call(http, "performance", HttpMethod.PUT,
                INDICATOR + "/targets/{year}", Map.of("target", Map.of("kind", "NUMBER", "number", 7.2),
                        "reason", "Plan", "effectiveFrom", "2018-04"), null, "southend", "CP 5.4", "2019-20");
        assertThat(fields(noAuthority)).containsExactly("authority");

        assertThat(call(http, "officer", HttpMethod.PUT, INDICATOR + "/targets/{year}",
                Map.of("target", Map.of("kind", "NUMBER", "number", 7.2), "reason", "Plan",
                        "authority", "Cabinet", "effectiveFrom", "2019-04"), null, "southend", "CP 5.4", "2019-20")
                .getStatusCode()).as("officers do not set targets").isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(call(http, "performance", HttpMethod.PUT, INDICATOR + "/targets/{year}",
                Map.of("target", Map.of("kind", "NUMBER", "number", 7.20),
                        "tolerance", Map.of("kind", "RELATIVE_PERCENT", "amount", 5),
                        "profile", List.of(Map.of("period", "2019-03", "target", 7.20)),
                        "reason", "Corporate plan 2019-20", "authority", "Cabinet, 19 February 2019",
                        "effectiveFrom", "2019-04"), null, "southend", "CP 5.4", "2019-20").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY).as("March 2019 is not in 2019-20");
        assertThat(payloads("southend:CP 5.4:2019-20")).isEmpty();
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyRecordsOnce() {
        Map<String, Object> draft = Map.of("explanation", "Above target by 0.36 days");
        assertThat(call(http, "officer", HttpMethod.PUT, INDICATOR + "/commentary/{period}", draft, "draft-jan-1",
                "southend", "CP 5.4", "2019-01").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(http, "officer", HttpMethod.PUT, INDICATOR + "/commentary/{period}", draft, "draft-jan-1",
                "southend", "CP 5.4", "2019-01").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> reused = call(http, "officer", HttpMethod.PUT, INDICATOR + "/commentary/{period}",
                Map.of("explanation", "Something else"), "draft-jan-1", "southend", "CP 5.4", "2019-01");
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(reused.getBody().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        assertThat(call(http, "officer", HttpMethod.PUT, INDICATOR + "/commentary/{period}",
                Map.of("explanation", "Redrafted"), "draft-jan-2", "southend", "CP 5.4", "2019-01").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(payloads("southend:CP 5.4:2018-19").stream().filter(CommentaryDrafted.class::isInstance)
                .map(event -> ((CommentaryDrafted) event).draft())).containsExactly(1, 2);
    }

    @Test
    void recodingMovesTheIndicatorToItsNewCodeWithALinkBack() {
        register(http, "OLD 7", Map.of("shortName", "Old numbering", "polarity", "MAXIMISE"));

        assertThat(call(http, "performance", HttpMethod.POST, INDICATOR + "/recoding",
                Map.of("newCode", "NEW 7", "reason", "Renumbered for 2019-20"), null, "southend", "OLD 7")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(payloads("southend:OLD 7")).last().isInstanceOf(IndicatorRecoded.class);
        assertThat(payloads("southend:NEW 7")).singleElement().satisfies(event ->
                assertThat(((IndicatorRegistered) event).recodedFrom()).isEqualTo("OLD 7"));
        ResponseEntity<JsonNode> valueForOld = call(http, "officer", HttpMethod.PUT, INDICATOR + "/values/{period}",
                Map.of("value", number("1")), null, "southend", "OLD 7", "2019-01");
        assertThat(valueForOld.getBody().get("code").asText()).isEqualTo("INDICATOR_RETIRED");
    }

    @Test
    void outturnsExpectedOutcomesAndPublicationsAreRecordedWithWhoDidIt() {
        assertThat(call(http, "performance", HttpMethod.POST, INDICATOR + "/outturns/{year}",
                Map.of("kind", "ESTIMATED", "value", number("7.40"), "reason", "Forecast at month 10"), null,
                "southend", "CP 5.4", "2018-19").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(http, "officer", HttpMethod.PUT, INDICATOR + "/expected-outcome/{period}",
                Map.of("outcome", "AT_RISK"), null, "southend", "CP 5.4", "2019-01").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(call(http, "scrutiny", HttpMethod.PUT, INDICATOR + "/expected-outcome/{period}",
                Map.of("outcome", "ON_COURSE"), null, "southend", "CP 5.4", "2019-01").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // A report is published when it has something in it: wait until the views show the indicators.
        await().atMost(Duration.ofSeconds(20)).until(() -> call(http, "scrutiny", HttpMethod.GET,
                ORG + "/reports/mpr/2019-01", null, null, "southend").getBody().get("indicators").size() > 0);
        assertThat(call(http, "performance", HttpMethod.POST, ORG + "/publications",
                Map.of("period", "2019-01", "committee", "Cabinet", "title", "MPR January 2019"), null, "southend")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        DomainEventMessage<?> published = eventStore.readEvents("southend").asStream()
                .filter(event -> event.getPayload() instanceof ReportPublished).findFirst().orElseThrow();
        assertThat(published.getPayload()).isEqualTo(new ReportPublished("southend", "2019-01", "Cabinet",
                "MPR January 2019"));
        assertThat(published.getMetaData()).containsEntry("userId", "performance").containsEntry("role",
                "PERFORMANCE");

        ResponseEntity<JsonNode> unknown = call(http, "group-performance", HttpMethod.POST, ORG + "/publications",
                Map.of("period", "2019-01", "committee", "Cabinet"), null, "nowhere");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    private static Map<String, Object> number(String value) {
        return Map.of("state", "NUMBER", "number", new BigDecimal(value));
    }

    private static void register(TestRestTemplate http, String code, Map<String, Object> definition) {
        Map<String, Object> body = new java.util.HashMap<>(definition);
        body.put("code", code);
        assertThat(call(http, "performance", HttpMethod.POST, ORG + "/indicators", body, null, "southend")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static List<String> fields(ResponseEntity<JsonNode> problem) {
        return java.util.stream.StreamSupport.stream(problem.getBody().get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).toList();
    }

    private static ResponseEntity<JsonNode> call(TestRestTemplate http, String user, HttpMethod method, String path,
                                                 Object body, String idempotencyKey, Object... variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers),
                JsonNode.class, variables);
    }
}
