package org.performanceledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From an empty store, the council's MPR data (the demo files transcribed from seed 004) is imported over HTTP; the
 * ledger's report for January 2019 must then say what the source report printed: Section 2 row for row, in its
 * order, and Section 1's grouping of the red and amber indicators. The expected side is the source's own lines,
 * copied verbatim into test resources, read here with a parser of their own (not the importer's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles("demo")
class SouthendMprEndToEndTest {

    private static final Map<String, String> OUTCOME_SYMBOLS = Map.of("✔", "ON_COURSE", "⚠", "SOME_SLIPPAGE",
            "●", "AT_RISK", "-", "NO_VALUE");
    private static final Map<String, String> OUTCOME_WORDS = Map.of("At risk of missing target", "AT_RISK",
            "On course to achieve target", "ON_COURSE", "Some slippage against target", "SOME_SLIPPAGE",
            "No Value", "NO_VALUE");

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("southend-mpr").toString());
    }

    @Test
    void theImportedCouncilDataReproducesTheJanuary2019Report() throws IOException {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        http.withBasicAuth("admin", "demo").postForEntity("/api/organisations",
                new HttpEntity<>(Map.of("id", "southend", "name", "Southend-on-Sea Borough Council"), json),
                String.class);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (String name : List.of("indicators.csv", "targets.csv", "values.csv")) {
            byte[] content = new ClassPathResource("demo/southend/" + name).getContentAsByteArray();
            parts.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> imported = http.withBasicAuth("performance", "demo").postForEntity(
                "/api/organisations/southend/imports", new HttpEntity<>(parts, multipart), JsonNode.class);
        assertThat(imported.getBody().get("errors")).as(imported.getBody().toString()).isEmpty();
        assertThat(imported.getBody().get("recorded").asBoolean()).isTrue();
        assertThat(imported.getBody().get("eventsRecorded").asLong()).isPositive();

        await().atMost(Duration.ofSeconds(30)).until(this::caughtUp);
        JsonNode report = mpr();

        List<String[]> section2 = sourceRows();
        List<JsonNode> rows = new ArrayList<>();
        report.get("byCorporateAim").forEach(aim -> aim.get("indicators").forEach(rows::add));
        assertThat(rows.stream().map(row -> row.get("code").asText()))
                .containsExactlyElementsOf(section2.stream().map(source -> source[0]).toList());
        for (int i = 0; i < section2.size(); i++) {
            String[] source = section2.get(i);
            JsonNode row = rows.get(i);
            String code = source[0];
            assertThat(row.get("shortName").asText()).as(code).isEqualTo(source[1]);
            assertThat(row.get("latestMonth").asText()).as(code + " latest month").isEqualTo(month(source[3]));
            assertValue(code, source[4], row.get("value"));
            assertTarget(code + " month's target", source[5], row.get("periodTarget"));
            assertTarget(code + " annual target", source[6], row.get("annualTarget"));
            if (!source[7].isEmpty()) {
                assertThat(row.get("expectedOutcome").asText()).as(code + " expected outcome")
                        .isEqualTo(OUTCOME_SYMBOLS.get(source[7]));
            }
            assertThat(row.get("managedBy").asText()).as(code + " managed by").isEqualTo(source[9]);
            assertThat(row.get("scrutinyCommittee").asText()).as(code + " committee").isEqualTo(source[10]);
        }
        // Most of Section 2's outcome symbols were lost from the source text; its header still counts them.
        Map<String, Long> declared = new LinkedHashMap<>();
        rows.forEach(row -> declared.merge(row.get("expectedOutcome").asText(), 1L, Long::sum));
        assertThat(declared).isEqualTo(sourceOutcomeCounts());

        List<String> groups = new ArrayList<>();
        report.get("exceptions").forEach(group -> {
            List<String> codes = new ArrayList<>();
            group.get("indicators").forEach(row -> codes.add(row.get("code").asText()));
            groups.add(group.get("expectedOutcome").asText() + " | " + group.get("responsibleUnit").asText() + " | "
                    + String.join(", ", codes));
        });
        assertThat(groups).containsExactlyElementsOf(sourceSection1());

        // Section 3: the histories behind the rows, e.g. the Health Check take-up against its 2017-18 profile.
        JsonNode healthChecks = detail(report, "CP 3.9");
        JsonNode april2017 = month(healthChecks, "2017-04");
        assertThat(april2017.get("value").get("number").decimalValue()).isEqualByComparingTo("379");
        assertThat(april2017.get("target").get("number").decimalValue()).isEqualByComparingTo("414");
        assertThat(healthChecks.get("latestCommentary").asText()).startsWith("To date, Health Checks are at 79.2%");
    }

    private JsonNode mpr() {
        return http.withBasicAuth("scrutiny", "demo").getForObject("/api/organisations/southend/reports/mpr/2019-01",
                JsonNode.class);
    }

    /** True once every projection has reached the head of the event store. */
    private boolean caughtUp() {
        JsonNode status = http.withBasicAuth("auditor", "demo").getForObject("/api/admin/projections", JsonNode.class);
        boolean caughtUp = status.size() > 0;
        for (JsonNode processor : status) {
            caughtUp &= processor.get("behind").asLong() == 0;
        }
        return caughtUp;
    }

    private static void assertValue(String code, String source, JsonNode value) {
        if (source.equals("TBC")) {
            assertThat(value.get("state").asText()).as(code + " value").isEqualTo("TBC");
        } else {
            assertThat(value.get("number").decimalValue()).as(code + " value").isEqualByComparingTo(number(source));
        }
    }

    private static void assertTarget(String what, String source, JsonNode target) {
        if (source.equals("-")) {
            assertThat(target == null || target.isNull()).as(what + " (none)").isTrue();
            return;
        }
        Matcher range = Pattern.compile("([\\d.]+)\\s*-\\s*([\\d.]+)").matcher(source);
        if (range.matches()) {
            assertThat(target.get("kind").asText()).as(what).isEqualTo("RANGE");
            assertThat(target.get("lower").decimalValue()).as(what).isEqualByComparingTo(range.group(1));
            assertThat(target.get("upper").decimalValue()).as(what).isEqualByComparingTo(range.group(2));
        } else {
            assertThat(target.get("number").decimalValue()).as(what).isEqualByComparingTo(number(source));
        }
    }

    private static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", "").replace("%", ""));
    }

    private static String month(String printed) {
        return YearMonth.parse(printed, DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK)).toString();
    }

    private static JsonNode detail(JsonNode report, String code) {
        for (JsonNode detail : report.get("details")) {
            if (detail.get("code").asText().equals(code)) {
                return detail;
            }
        }
        throw new AssertionError("No Section 3 detail for " + code);
    }

    private static JsonNode month(JsonNode detail, String period) {
        for (JsonNode month : detail.get("months")) {
            if (month.get("period").asText().equals(period)) {
                return month;
            }
        }
        throw new AssertionError("No month " + period + " in " + detail.get("code"));
    }

    private static List<String> sourceLines(String name) throws IOException {
        return new ClassPathResource("source-mpr-2019-01/" + name).getContentAsString(StandardCharsets.UTF_8)
                .lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    }

    private static List<String[]> sourceRows() throws IOException {
        return sourceLines("section2.txt").stream().filter(line -> line.startsWith("CP "))
                .map(line -> line.split("\t", -1)).toList();
    }

    private static Map<String, Long> sourceOutcomeCounts() throws IOException {
        String header = sourceLines("section2.txt").stream().filter(line -> line.startsWith("**Performance Data"))
                .findFirst().orElseThrow();
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(At risk of missing target|On course to achieve target|"
                + "Some slippage against target|No Value) (\\d+)").matcher(header);
        while (m.find()) {
            counts.put(OUTCOME_WORDS.get(m.group(1)), Long.parseLong(m.group(2)));
        }
        assertThat(counts).hasSize(4);
        return counts;
    }

    /** Section 1's groups as "OUTCOME | unit | codes", in the source's order. */
    private static List<String> sourceSection1() throws IOException {
        List<String> groups = new ArrayList<>();
        String outcome = null;
        String unit = null;
        List<String> codes = new ArrayList<>();
        for (String line : sourceLines("section1.txt")) {
            if (line.startsWith("**Expected Outcome**")) {
                if (!codes.isEmpty()) {
                    groups.add(outcome + " | " + unit + " | " + String.join(", ", codes));
                    codes = new ArrayList<>();
                }
                outcome = OUTCOME_WORDS.get(line.substring("**Expected Outcome**".length()).strip());
            } else if (line.startsWith("**Responsible OUs**")) {
                unit = line.substring("**Responsible OUs**".length()).strip();
            } else {
                codes.add(line.split("\t")[0]);
            }
        }
        groups.add(outcome + " | " + unit + " | " + String.join(", ", codes));
        return groups;
    }
}
