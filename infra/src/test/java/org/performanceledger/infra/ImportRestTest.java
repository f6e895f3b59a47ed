package org.performanceledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Imports over HTTP, as the performance team uses them: a dry run changes nothing, an import records each fact once
 * with its file's provenance, a second import of the same file records nothing, a changed value is corrected, and a
 * file with bad rows is refused whole with each problem placed by line and column.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles({"demo", "group"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportRestTest {

    private static final String IMPORTS = "/api/organisations/{org}/imports";
    private static final String INDICATORS = """
            MPR Code,Short Name,Minimise or Maximise,Unit,Managed By,Scrutiny Committee,Corporate Aim
            CP 4.3,% of Council Tax collected in year [Cumulative YTD],Aim to Maximise,%,Joe Chesterton,Policy & Resources Scrutiny,PROSPEROUS
            CP 5.4,Working days lost per FTE due to sickness [Cumulative YTD],Aim to Minimise,,Joanna Ruffle,Policy & Resources Scrutiny,EXCELLENT
            """;
    private static final String TARGETS = """
            code,year,period,target,tolerance
            CP 4.3,2018/19,,97.50%,0.5
            CP 4.3,2018/19,January 2019,86.70%,
            CP 5.4,2018-19,,7.20,
            """;
    private static final String VALUES = """
            code,period,value,source date,commentary,expected outcome
            CP 4.3,December 2018,78.20%,22 February 2019,,
            CP 4.3,January 2019,86.60%,22 February 2019,"The collection rate for Council Tax is 86.6%, 0.1% below the profile.",Some slippage against target
            CP 5.4,Jan-19,6.18,22/02/2019,,At risk of missing target
            """;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase ledger;
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("imports").toString());
    }

    @BeforeAll
    static void anOrganisation(@Autowired TestRestTemplate http) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = http.withBasicAuth("admin", "demo").postForEntity("/api/organisations",
                new HttpEntity<>(Map.of("id", "southend", "name", "Southend-on-Sea"), headers), String.class);
        assertThat(created.getStatusCode().is2xxSuccessful()).as(created.getBody()).isTrue();
    }

    @Test
    @Order(1)
    void aDryRunReportsWhatItWouldAddAndRecordsNothing() {
        long before = events();
        JsonNode report = upload("performance", true, file("indicators.csv", INDICATORS), file("targets.csv", TARGETS),
                file("values.csv", VALUES)).getBody();

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("recorded").asBoolean()).isFalse();
        assertThat(report.get("errors")).isEmpty();
        // 2 indicators, 2 targets, 3 values, 1 commentary, 2 expected outcomes
        assertThat(report.get("added").asLong()).isEqualTo(10);
        assertThat(report.get("eventsRecorded").asLong()).isZero();
        assertThat(subjects(report, "ADD")).contains("CP 4.3 indicator", "CP 4.3 2018-19 target",
                "CP 4.3 2019-01 value", "CP 4.3 2019-01 commentary", "CP 5.4 2019-01 expected outcome");
        assertThat(events()).isEqualTo(before);
        assertThat(http.withBasicAuth("performance", "demo").getForEntity("/api/organisations/southend/indicators/CP 4.3",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @Order(2)
    void anImportRecordsEachFactOnceWithItsFileAndUser() throws Exception {
        long before = events();
        JsonNode report = upload("performance", false, file("indicators.csv", INDICATORS),
                file("targets.csv", TARGETS), file("values.csv", VALUES)).getBody();

        assertThat(report.get("recorded").asBoolean()).isTrue();
        assertThat(report.get("eventsRecorded").asLong()).isEqualTo(10);
        assertThat(events()).isEqualTo(before + 10);

        List<Document> imported = ledger.getCollection("events").find(Filters.regex("metaData", "\"source\":\"import\""))
                .into(new ArrayList<>());
        assertThat(imported).hasSize(10);
        for (Document event : imported) {
            JsonNode metaData = json.readTree(event.getString("metaData"));
            assertThat(metaData.get("userId").asText()).isEqualTo("performance");
            String file = metaData.get("importFile").asText();
            assertThat(file).isIn("indicators.csv", "targets.csv", "values.csv");
            String content = switch (file) {
                case "indicators.csv" -> INDICATORS;
                case "targets.csv" -> TARGETS;
                default -> VALUES;
            };
            assertThat(metaData.get("importChecksum").asText()).isEqualTo(sha256(content));
        }
        Document recorded = ledger.getCollection("events").find(Filters.and(
                Filters.eq("aggregateId", "southend:CP 4.3:2018-19"),
                Filters.regex("payloadType", "ValueRecorded$"),
                Filters.regex("payload", "\"period\":\"2019-01\""))).first();
        JsonNode payload = json.readTree(recorded.getString("payload"));
        assertThat(payload.get("value").get("number").decimalValue()).isEqualByComparingTo("86.60");
        // The date the file claims is a field of the event, never its recording time.
        assertThat(payload.get("sourceDate").asText()).isEqualTo("2019-02-22");
        assertThat(recorded.get("timestamp").toString()).doesNotStartWith("2019-02-22");

        // The auditor's trail names the file and its checksum beside each imported fact.
        JsonNode trail = await().atMost(Duration.ofSeconds(20)).until(() -> http.withBasicAuth("auditor", "demo")
                .getForObject("/api/organisations/southend/audit?code=CP 5.4", JsonNode.class),
                page -> page.get("entries").size() == 4);
        assertThat(trail.get("entries")).allSatisfy(entry -> assertThat(entry.get("source").asText())
                .startsWith("import (").contains("sha256 ").containsAnyOf("indicators.csv", "targets.csv",
                        "values.csv"));
        assertThat(trail.get("entries")).allSatisfy(entry -> assertThat(entry.get("recordedBy").asText())
                .isEqualTo("performance"));
    }

    @Test
    @Order(3)
    void importingTheSameFilesAgainChangesNothing() {
        long before = events();
        JsonNode report = upload("performance", false, file("indicators.csv", INDICATORS),
                file("targets.csv", TARGETS), file("values.csv", VALUES)).getBody();

        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("added").asLong()).isZero();
        assertThat(report.get("changed").asLong()).isZero();
        assertThat(report.get("unchanged").asLong()).isEqualTo(10);
        assertThat(report.get("eventsRecorded").asLong()).isZero();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aChangedValueIsCorrectedWithTheFilesReasonAndTheRestLeftAlone() throws Exception {
        String restated = """
                code,period,value,reason
                CP 4.3,December 2018,78.30%,Restated after the January reconciliation
                CP 4.3,January 2019,86.60%,
                """;
        JsonNode dryRun = upload("performance", true, file("restated.csv", restated)).getBody();
        assertThat(dryRun.get("changed").asLong()).isEqualTo(1);
        assertThat(dryRun.get("unchanged").asLong()).isEqualTo(1);
        assertThat(subjects(dryRun, "CHANGE")).containsExactly("CP 4.3 2018-12 value");

        JsonNode report = upload("performance", false, file("restated.csv", restated)).getBody();
        assertThat(report.get("eventsRecorded").asLong()).isEqualTo(1);
        Document corrected = ledger.getCollection("events").find(Filters.regex("payloadType", "ValueCorrected$"))
                .first();
        JsonNode payload = json.readTree(corrected.getString("payload"));
        assertThat(payload.get("reason").asText()).isEqualTo("Restated after the January reconciliation");
        assertThat(payload.get("replaced").get("number").decimalValue()).isEqualByComparingTo("78.20");
        assertThat(payload.get("value").get("number").decimalValue()).isEqualByComparingTo("78.30");
    }

    @Test
    @Order(5)
    void aFileWithBadRowsIsRefusedWholeWithEveryProblemPlaced() {
        long before = events();
        String values = """
                code,period,value
                CP 5.4,February 2019,6.66
                CP 5.4,Febtember 2019,6.9
                CP 4.3,February 2019,lots
                CP 9.9,February 2019,1
                CP 4.3,March 2019,130%
                """;
        ResponseEntity<JsonNode> refused = upload("performance", false, file("february.csv", values));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode errors = refused.getBody().get("errors");
        assertThat(errors).hasSize(4);
        assertThat(problem(errors, 3).get("column").asText()).isEqualTo("period");
        assertThat(problem(errors, 3).get("reason").asText()).contains("'Febtember 2019' is not a period");
        assertThat(problem(errors, 4).get("column").asText()).isEqualTo("value");
        assertThat(problem(errors, 4).get("reason").asText()).contains("'lots' is not a value");
        assertThat(problem(errors, 5).get("column").asText()).isEqualTo("code");
        assertThat(problem(errors, 5).get("reason").asText()).contains("No indicator 'CP 9.9'");
        // Refused by the ledger's own rule (a percentage above 100), placed on the cell it came from.
        assertThat(problem(errors, 6).get("column").asText()).isEqualTo("value");
        assertThat(problem(errors, 6).get("reason").asText()).contains("130", "percentage");
        // The good row on line 2 was not recorded either: all or nothing.
        assertThat(events()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void aWorkbookImportsLikeItsCsv() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("February");
            write(sheet.createRow(0), "MPR Code", "Latest Month", "Month's Value");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("CP 4.3");
            row.createCell(1).setCellValue("February 2019");
            row.createCell(2).setCellValue(0.925);
            var percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            row.getCell(2).setCellStyle(percent);
            book.write(bytes);
            workbook = bytes.toByteArray();
        }
        JsonNode report = upload("performance", false, file("february.xlsx", workbook)).getBody();

        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("items").get(0).get("sheet").asText()).isEqualTo("February");
        assertThat(report.get("items").get(0).get("detail").asText()).isEqualTo("92.50");
        assertThat(report.get("eventsRecorded").asLong()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void onlyThePerformanceTeamImports() {
        assertThat(upload("officer", false, file("values.csv", VALUES)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anImportIntoAnUnknownOrganisationIsNotFound() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file("values.csv", VALUES));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> answer = http.withBasicAuth("group-performance", "demo").postForEntity(IMPORTS,
                new HttpEntity<>(parts, headers), JsonNode.class, "nowhere");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("ORGANISATION_NOT_FOUND");
    }

    @Test
    void templatesComeForEachKindAndAsOneWorkbook() throws IOException {
        String values = http.withBasicAuth("officer", "demo").getForObject("/api/imports/templates/values.csv",
                String.class);
        assertThat(values.lines().findFirst().orElseThrow()).startsWith("\uFEFFcode,period,value,");
        String targets = http.withBasicAuth("officer", "demo").getForObject("/api/imports/templates/targets.csv",
                String.class);
        assertThat(targets.lines().findFirst().orElseThrow()).startsWith("\uFEFFcode,year,period,target,");
        byte[] workbook = http.withBasicAuth("officer", "demo").getForObject("/api/imports/templates/workbook.xlsx",
                byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Indicators");
        }
        // No such template: not found (TEMPLATE_NOT_FOUND), as the API's description documents.
        assertThat(http.withBasicAuth("officer", "demo").getForEntity("/api/imports/templates/budgets.csv",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> upload(String user, boolean dryRun, ByteArrayResource... files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (ByteArrayResource file : files) {
            parts.add("file", file);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity(IMPORTS + "?dryRun={dryRun}",
                new HttpEntity<>(parts, headers), JsonNode.class, "southend", dryRun);
    }

    private static ByteArrayResource file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static List<String> subjects(JsonNode report, String change) {
        List<String> subjects = new ArrayList<>();
        report.get("items").forEach(item -> {
            if (item.get("change").asText().equals(change)) {
                subjects.add(item.get("subject").asText());
            }
        });
        return subjects;
    }

    private static JsonNode problem(JsonNode errors, int line) {
        for (JsonNode error : errors) {
            if (error.get("line").asInt() == line) {
                return error;
            }
        }
        throw new AssertionError("No problem reported on line " + line + ": " + errors);
    }

    private long events() {
        return ledger.getCollection("events").countDocuments();
    }

    private static void write(Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
