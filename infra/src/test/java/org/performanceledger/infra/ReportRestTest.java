package org.performanceledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Monthly Performance Report from recorded facts, now and as the ledger knew it before a correction, with the
 * value history behind the change. Three indicators of the January 2019 report (seed 004) stand in for the council.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles("demo")
class ReportRestTest {

    private static final String ORG = "/api/organisations/{org}";
    private static final String INDICATOR = ORG + "/indicators/{code}";
    private static Instant beforeCorrection;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("reports").toString());
    }

    @Autowired
    private TestRestTemplate http;

    @BeforeAll
    static void januaryAsReported(@Autowired TestRestTemplate http) throws InterruptedException {
        send(http, HttpMethod.POST, "/api/organisations", Map.of("id", "southend", "name", "Southend"));
        indicator(http, "CP 1.2", Map.of("shortName", "Rate of Looked After Children per 10,000", "polarity", "RANGE",
                "basis", "MONTHLY_SNAPSHOT", "responsibleUnit", "Department for People", "corporateAim", "SAFE",
                "scrutinyCommittee", "People Scrutiny", "managedBy", "Head of Children's Services"));
        indicator(http, "CP 5.4", Map.of("shortName", "Working days lost per FTE due to sickness",
                "polarity", "MINIMISE", "basis", "CUMULATIVE_YTD", "responsibleUnit", "Strategic Services",
                "corporateAim", "EXCELLENT", "scrutinyCommittee", "Policy & Resources Scrutiny"));
        indicator(http, "CP 3.10", Map.of("shortName", "Initial Child Protection Conferences within 15 days",
                "polarity", "MAXIMISE", "unit", "%", "responsibleUnit", "Department for People",
                "corporateAim", "SAFE"));

        target(http, "CP 1.2", Map.of("kind", "RANGE", "lower", 57, "upper", 67), null, null);
        target(http, "CP 5.4", Map.of("kind", "NUMBER", "number", 7.20),
                Map.of("kind", "ABSOLUTE", "amount", 0.36),
                List.of(Map.of("period", "2019-01", "target", 5.82), Map.of("period", "2019-03", "target", 7.20)));
        target(http, "CP 3.10", Map.of("kind", "NUMBER", "number", 90), null, null);

        value(http, "CP 1.2", "2019-01", 79);
        value(http, "CP 5.4", "2019-01", 6.18);
        value(http, "CP 3.10", "2019-01", 95);
        value(http, "CP 3.10", "2018-12", 96);
        value(http, "CP 3.10", "2018-01", 80);
        send(http, HttpMethod.PUT, INDICATOR + "/expected-outcome/{period}", Map.of("outcome", "AT_RISK"),
                "southend", "CP 1.2", "2019-01");
        send(http, HttpMethod.PUT, INDICATOR + "/expected-outcome/{period}", Map.of("outcome", "AT_RISK"),
                "southend", "CP 5.4", "2019-01");
        send(http, HttpMethod.PUT, INDICATOR + "/expected-outcome/{period}", Map.of("outcome", "ON_COURSE"),
                "southend", "CP 3.10", "2019-01");
        send(http, HttpMethod.PUT, INDICATOR + "/commentary/{period}",
                Map.of("explanation", "CLA rate remains above target and increasing"), "southend", "CP 1.2", "2019-01");

        send(http, HttpMethod.POST, ORG + "/publications", Map.of("period", "2019-01", "committee", "Cabinet",
                "title", "Monthly Performance Report January 2019"), "southend");
        Thread.sleep(20);
        beforeCorrection = Instant.now();
        Thread.sleep(20);
        send(http, HttpMethod.POST, INDICATOR + "/values/{period}/corrections", Map.of("value",
                Map.of("state", "NUMBER", "number", 66), "reason", "Placement data re-extracted"),
                "southend", "CP 1.2", "2019-01");
    }

    @Test
    void theReportShowsValueTargetsStatusOutcomeDirectionAndCommentaryArrangedAsTheSourceReport() {
        JsonNode report = awaitReport(null, "CP 1.2", "66");

        JsonNode sickness = row(report, "CP 5.4");
        assertThat(sickness.at("/value/number").asText()).isEqualTo("6.18");
        assertThat(sickness.at("/periodTarget/number").asText()).isEqualTo("5.82");
        assertThat(sickness.at("/annualTarget/number").asText()).isEqualTo("7.2");
        assertThat(sickness.get("status").asText()).isEqualTo("AMBER");
        assertThat(sickness.get("expectedOutcome").asText()).isEqualTo("AT_RISK");

        JsonNode conferences = row(report, "CP 3.10");
        assertThat(conferences.get("status").asText()).isEqualTo("GREEN");
        assertThat(conferences.get("againstSamePeriodLastYear").asText()).isEqualTo("BETTER");
        assertThat(conferences.get("againstPreviousPeriod").asText()).isEqualTo("WORSE");

        assertThat(row(report, "CP 1.2").get("status").asText()).isEqualTo("GREEN");
        assertThat(report.get("exceptions")).singleElement().satisfies(group -> {
            assertThat(group.get("expectedOutcome").asText()).isEqualTo("AT_RISK");
            assertThat(group.get("responsibleUnit").asText()).isEqualTo("Strategic Services");
        });
        // Aims in the order of their first indicator's code, as the source lists them: SAFE (CP 1.2) first.
        assertThat(StreamSupport.stream(report.get("byCorporateAim").spliterator(), false)
                .map(group -> group.get("corporateAim").asText())).containsExactly("SAFE", "EXCELLENT");
        JsonNode safe = report.get("byCorporateAim").get(0);
        assertThat(safe.at("/countByExpectedOutcome/AT_RISK").asLong()).isEqualTo(1);
        assertThat(safe.at("/countByExpectedOutcome/ON_COURSE").asLong()).isEqualTo(1);
    }

    @Test
    void theReportAsOfAMomentBeforeTheCorrectionShowsWhatTheLedgerKnewThen() {
        awaitReport(null, "CP 1.2", "66");
        JsonNode then = report(beforeCorrection).getBody();

        JsonNode claRate = row(then, "CP 1.2");
        assertThat(claRate.at("/value/number").asText()).isEqualTo("79");
        assertThat(claRate.get("status").asText()).isEqualTo("RED");
        assertThat(claRate.get("commentary").asText()).startsWith("CLA rate remains above target");
        assertThat(then.get("exceptions")).hasSize(2);
    }

    @Test
    void theReportAsPublishedIsWhatTheCommitteeSawAndTheChangesSinceSayWhoChangedWhatAndWhy() {
        awaitReport(null, "CP 1.2", "66");
        JsonNode published = http.withBasicAuth("scrutiny", "demo").getForObject(ORG + "/reports/mpr/{period}/published",
                JsonNode.class, "southend", "2019-01");
        assertThat(published.at("/publication/committee").asText()).isEqualTo("Cabinet");
        assertThat(row(published, "CP 1.2").at("/value/number").asText()).isEqualTo("79");
        assertThat(row(published, "CP 1.2").get("status").asText()).isEqualTo("RED");

        JsonNode changes = http.withBasicAuth("scrutiny", "demo").getForObject(ORG + "/reports/mpr/{period}/changes",
                JsonNode.class, "southend", "2019-01");
        assertThat(changes.get("indicators")).singleElement().satisfies(indicator -> {
            assertThat(indicator.get("code").asText()).isEqualTo("CP 1.2");
            assertThat(StreamSupport.stream(indicator.get("fields").spliterator(), false)
                    .map(field -> field.get("field").asText())).containsExactly("value", "status");
            assertThat(indicator.get("records")).singleElement().satisfies(record -> {
                assertThat(record.get("what").asText()).isEqualTo("value corrected");
                assertThat(record.get("recordedBy").asText()).isEqualTo("officer");
                assertThat(record.get("reason").asText()).isEqualTo("Placement data re-extracted");
            });
        });

        ResponseEntity<JsonNode> never = http.withBasicAuth("scrutiny", "demo").getForEntity(
                ORG + "/reports/mpr/{period}/published", JsonNode.class, "southend", "2018-12");
        assertThat(never.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(never.getBody().get("code").asText()).isEqualTo("REPORT_NOT_PUBLISHED");
    }

    @Test
    void theRegisterListsTheOrganisationsIndicatorsInCodeOrder() {
        awaitReport(null, "CP 1.2", "66");
        JsonNode register = http.withBasicAuth("scrutiny", "demo").getForObject(ORG + "/indicators", JsonNode.class,
                "southend");

        assertThat(StreamSupport.stream(register.spliterator(), false).map(entry -> entry.get("code").asText()))
                .containsExactly("CP 1.2", "CP 3.10", "CP 5.4");
        assertThat(register.get(0).at("/definition/responsibleUnit").asText()).isEqualTo("Department for People");
        assertThat(register.get(0).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void auditorsReadTheTrailOfAnIndicatorWithWhoWhenWhatBeforeAfterAndWhyPagedAndAsCsv() {
        JsonNode trail = await().atMost(Duration.ofSeconds(20)).until(() -> http.withBasicAuth("auditor", "demo")
                .getForObject(ORG + "/audit?code={code}", JsonNode.class, "southend", "CP 1.2"),
                page -> page.get("totalEntries").asLong() == 6);

        assertThat(StreamSupport.stream(trail.get("entries").spliterator(), false).map(e -> e.get("what").asText()))
                .containsExactly("Indicator registered", "Target set from 2018-04", "Value recorded late",
                        "Expected outcome declared", "Commentary draft 1", "Value corrected");
        JsonNode correction = trail.get("entries").get(5);
        assertThat(correction.get("before").asText()).isEqualTo("79");
        assertThat(correction.get("after").asText()).isEqualTo("66");
        assertThat(correction.get("why").asText()).isEqualTo("Placement data re-extracted");
        assertThat(correction.get("recordedBy").asText()).isEqualTo("officer");
        assertThat(correction.get("role").asText()).isEqualTo("OFFICER");
        assertThat(correction.get("source").asText()).isEqualTo("api");

        JsonNode secondPage = http.withBasicAuth("auditor", "demo").getForObject(
                ORG + "/audit?code={code}&page=1&size=4", JsonNode.class, "southend", "CP 1.2");
        assertThat(secondPage.get("entries")).hasSize(2);
        JsonNode byOfficer = http.withBasicAuth("auditor", "demo").getForObject(ORG + "/audit?user=officer",
                JsonNode.class, "southend");
        assertThat(StreamSupport.stream(byOfficer.get("entries").spliterator(), false))
                .allSatisfy(entry -> assertThat(entry.get("recordedBy").asText()).isEqualTo("officer"))
                .isNotEmpty();

        JsonNode officerEverywhere = http.withBasicAuth("auditor", "demo").getForObject("/api/audit/users/officer",
                JsonNode.class);
        assertThat(officerEverywhere.get("totalEntries").asLong()).isEqualTo(byOfficer.get("totalEntries").asLong())
                .isPositive();

        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        String csv = http.withBasicAuth("auditor", "demo").exchange(ORG + "/audit?code={code}", HttpMethod.GET,
                new HttpEntity<>(headers), String.class, "southend", "CP 1.2").getBody();
        assertThat(csv.lines()).hasSize(7).first().asString().startsWith("\uFEFFRecorded at,Recorded by");
        assertThat(http.withBasicAuth("scrutiny", "demo").getForEntity(ORG + "/audit", String.class, "southend")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theProjectionsPositionsAreVisibleAndOnlyKnownProjectionsCanBeReplayed() {
        JsonNode status = http.withBasicAuth("auditor", "demo").getForObject("/api/admin/projections",
                JsonNode.class);
        assertThat(StreamSupport.stream(status.spliterator(), false).map(p -> p.get("name").asText()))
                .containsExactly("audit-trail", "indicator-history", "indicator-register", "organisation-directory");
        assertThat(status.get(0).get("head").asLong()).isPositive();

        assertThat(http.withBasicAuth("officer", "demo").getForEntity("/api/admin/projections", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unknown = http.withBasicAuth("performance", "demo").postForEntity(
                "/api/admin/projections/nothing/replay", null, JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).contains("indicator-history");
    }

    @Test
    void aValuesHistoryShowsEachVersionWithWhoWhenWhyAndWhatItReplaced() {
        awaitReport(null, "CP 1.2", "66");
        JsonNode history = http.withBasicAuth("auditor", "demo").getForObject(
                INDICATOR + "/values/{period}/history", JsonNode.class, "southend", "CP 1.2", "2019-01");

        assertThat(history.get("year").asText()).isEqualTo("2018-19");
        JsonNode versions = history.get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("change").asText()).isEqualTo("RECORDED");
        assertThat(versions.get(0).get("recordedBy").asText()).isEqualTo("officer");
        assertThat(versions.get(1).get("change").asText()).isEqualTo("CORRECTED");
        assertThat(versions.get(1).at("/replaced/number").asText()).isEqualTo("79");
        assertThat(versions.get(1).get("reason").asText()).isEqualTo("Placement data re-extracted");
    }

    @Test
    void aReportForAPeriodNotYetBegunIsRefusedAsAValueForItIs() {
        for (String period : List.of("2099-01", "2099-Q1", "2099-00-T1", "2099-00")) {
            ResponseEntity<JsonNode> future = http.withBasicAuth("scrutiny", "demo").getForEntity(
                    ORG + "/reports/{period}", JsonNode.class, "southend", period);
            assertThat(future.getStatusCode()).as(period).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(future.getBody().get("code").asText()).as(period).isEqualTo("PERIOD_NOT_BEGUN");
            assertThat(future.getBody().get("detail").asText()).as(period).contains("cannot be drawn up yet",
                    "after today");
        }
        ResponseEntity<JsonNode> publish = http.withBasicAuth("performance", "demo").exchange(
                ORG + "/publications", HttpMethod.POST, new HttpEntity<>(Map.of("period", "2099-01", "committee",
                        "Cabinet")), JsonNode.class, "southend");
        assertThat(publish.getStatusCode()).as("nothing is published for it")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(publish.getBody().get("code").asText()).isEqualTo("PERIOD_NOT_BEGUN");
        ResponseEntity<JsonNode> begun = http.withBasicAuth("scrutiny", "demo").getForEntity(
                ORG + "/reports/{period}", JsonNode.class, "southend", "2019-01");
        assertThat(begun.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(begun.getBody().at("/generated/drawnThrough").asLong()).as("the views' position").isPositive();
        assertThat(begun.getBody().at("/generated/drawnThroughText").asText())
                .startsWith("Drawn from the ledger through event ");
    }

    @Test
    void theReportIsAlsoACsvFile() {
        awaitReport(null, "CP 1.2", "66");
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> csv = http.withBasicAuth("scrutiny", "demo").exchange(ORG + "/reports/mpr/{period}",
                HttpMethod.GET, new HttpEntity<>(headers), String.class, "southend", "2019-01");

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).as("a byte-order mark, so spreadsheets read UTF-8")
                .startsWith("\uFEFFMPR Code,Short Name,Polarity,Month");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("CP 1.2,");
        assertThat(lines.get(3)).startsWith("CP 5.4,").contains(",6.18,5.82,7.2,AMBER,AT_RISK,");
    }

    private JsonNode awaitReport(Instant asOf, String code, String expectedValue) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> report(asOf).getBody(), body -> body != null
                && body.has("indicators") && body.get("indicators").size() == 3
                && expectedValue.equals(row(body, code).at("/value/number").asText())
                && !row(body, "CP 3.10").get("againstSamePeriodLastYear").asText().equals("NO_COMPARISON")
                && row(body, "CP 3.10").get("expectedOutcome").isTextual());
    }

    private ResponseEntity<JsonNode> report(Instant asOf) {
        return http.withBasicAuth("scrutiny", "demo").getForEntity(ORG + "/reports/mpr/{period}"
                + (asOf == null ? "" : "?asOf=" + asOf), JsonNode.class, "southend", "2019-01");
    }

    private static JsonNode row(JsonNode report, String code) {
        return StreamSupport.stream(report.get("indicators").spliterator(), false)
                .filter(row -> row.get("code").asText().equals(code)).findFirst().orElseThrow();
    }

    private static void indicator(TestRestTemplate http, String code, Map<String, Object> definition) {
        Map<String, Object> body = new HashMap<>(definition);
        body.put("code", code);
        send(http, HttpMethod.POST, ORG + "/indicators", body, "southend");
    }

    private static void target(TestRestTemplate http, String code, Map<String, Object> target,
                               Map<String, Object> tolerance, List<Map<String, Object>> profile) {
        Map<String, Object> body = new HashMap<>(Map.of("target", target, "reason", "Corporate plan 2018-19",
                "authority", "Cabinet, 19 January 2017", "effectiveFrom", "2018-04"));
        if (tolerance != null) {
            body.put("tolerance", tolerance);
        }
        if (profile != null) {
            body.put("profile", profile);
        }
        send(http, HttpMethod.PUT, INDICATOR + "/targets/{year}", body, "southend", code, "2018-19");
    }

    private static void value(TestRestTemplate http, String code, String period, Number number) {
        send(http, HttpMethod.PUT, INDICATOR + "/values/{period}", Map.of("value", Map.of("state", "NUMBER",
                "number", number)), "southend", code, period);
    }

    private static void send(TestRestTemplate http, HttpMethod method, String path, Object body, Object... variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String user = path.equals("/api/organisations") ? "admin" : path.contains("/values/")
                || path.contains("/commentary/") || path.contains("/expected-") ? "officer" : "performance";
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").exchange(path, method,
                new HttpEntity<>(body, headers), String.class, variables);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, response.getBody())
                .isTrue();
    }
}
