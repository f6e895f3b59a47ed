package org.performanceledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reports of the demo data's other two organisations: Kent's division, whose indicators are quarterly, termly
 * and annual, gets a quarterly and an annual report; Slough's Trust rates in its own five-state scheme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off"})
@ActiveProfiles("demo")
class DemoReportsTest {

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("demo-reports").toString());
    }

    @Test
    void kentsDivisionGetsAQuarterlyReportOfItsQuarterlyIndicators() {
        JsonNode report = report("kent", "2013-Q2", 5);
        Map<String, JsonNode> rows = rows(report);

        assertThat(rows.keySet()).containsExactly("ACT-KC4U", "ACT-KEP-EMP", "E1", "E7", "E12");
        assertThat(report.get("period").get("words").asText()).isEqualTo("April to June 2013");
        assertThat(rows.get("E1").get("period").get("text").asText()).isEqualTo("April to June 2013");
        assertThat(rows.get("E1").get("periodTarget").get("text").asText()).isEqualTo("6.0%");
        assertThat(rows.get("E1").get("floorStandard").get("text").asText()).isEqualTo("6.5%");
        assertThat(rows.get("E1").get("polarity").get("text").asText()).isEqualTo("Aim to Minimise");
        assertThat(rows.get("ACT-KC4U").get("expectedRange").get("text").asText()).isEqualTo("3,000 - 4,000");
        assertThat(report.get("section2").get("columns").get(4).get("heading").asText()).isEqualTo("Period's Value");
    }

    @Test
    void kentsDivisionGetsAnAnnualReportOfEveryIndicatorWithItsOutturnsAndFloorStandards() {
        JsonNode report = report("kent", "2012-13", 19);
        Map<String, JsonNode> rows = rows(report);

        JsonNode neet = rows.get("E1");
        assertThat(neet.get("period").get("text").asText()).isEqualTo("2012/13 outturn");
        assertThat(neet.get("value").get("text").asText()).isEqualTo("6.52%");
        assertThat(neet.get("outturn").get("text").asText()).isEqualTo("6.52% (final)");
        assertThat(neet.get("status").get("value").asText()).as("above its 6.5% floor standard").isEqualTo("RED");
        assertThat(rows.get("E7").get("status").get("value").asText()).as("on its floor, with no target")
                .isEqualTo("NO_STATUS");
        assertThat(rows.get("E8").get("period").get("text").asText()).isEqualTo("Autumn term 2012/13");
        assertThat(rows.get("E8").get("value").get("text").asText()).isEqualTo("1,495");
        assertThat(rows.get("E2").get("annualTarget").get("text").asText()).isEqualTo("80%");
        assertThat(rows.get("ACT-KC4U").get("value").get("text").asText()).isEqualTo("12,918");
        assertThat(report.get("section3").get("aims")).hasSize(1);
    }

    @Test
    void sloughsTrustRatesItsKpisInItsFiveStateScheme() {
        JsonNode report = report("slough-childrens-trust", "2020-04", 27);
        Map<String, JsonNode> rows = rows(report);

        assertThat(report.get("scheme").get("scheme").get("value").asText()).isEqualTo("FIVE_STATE");
        List<String> legend = new ArrayList<>();
        report.get("scheme").get("legend").forEach(entry -> legend.add(entry.get("value").asText()));
        assertThat(legend).startsWith("RED", "AMBER", "YELLOW", "GREEN", "TBC");
        assertThat(status(rows, "1")).as("74.0% against 95.0%, worse than April 2019's 82%").isEqualTo("RED");
        assertThat(status(rows, "5")).as("43.3% against 92%, better than April 2019's 30.0%").isEqualTo("AMBER");
        assertThat(status(rows, "17")).as("94.8% against 95.0%, within 5%").isEqualTo("YELLOW");
        assertThat(status(rows, "18")).isEqualTo("GREEN");
        assertThat(status(rows, "14")).as("target and value to be confirmed").isEqualTo("TBC");
        assertThat(rows.get("5").get("againstSamePeriodLastYear").get("symbol").asText()).isEqualTo("↑");
        assertThat(rows.get("1").get("tolerance").get("text").asText()).isEqualTo("5.0% of target");
    }

    private static String status(Map<String, JsonNode> rows, String code) {
        return rows.get(code).get("status").get("value").asText();
    }

    /** The report once the demo data is loaded and the views have caught up with it. */
    private JsonNode report(String organisation, String period, int indicators) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            ResponseEntity<JsonNode> answer = http.withBasicAuth("auditor", "demo").getForEntity(
                    "/api/organisations/{org}/reports/{period}", JsonNode.class, organisation, period);
            return answer.getStatusCode().is2xxSuccessful() ? answer.getBody() : null;
        }, report -> report != null && report.get("indicators").size() == indicators
                && (!organisation.startsWith("slough") || report.get("scheme").get("scheme").get("value")
                .asText().equals("FIVE_STATE")));
    }

    private static Map<String, JsonNode> rows(JsonNode report) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        report.get("indicators").forEach(row -> rows.put(row.get("code").asText(), row));
        return rows;
    }
}
