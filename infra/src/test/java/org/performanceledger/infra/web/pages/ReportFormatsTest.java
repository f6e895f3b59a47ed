package org.performanceledger.infra.web.pages;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.infra.documents.ReportCsv;
import org.performanceledger.infra.documents.ReportDocument;
import org.performanceledger.infra.documents.ReportFields;
import org.performanceledger.infra.documents.ReportPrinting;
import org.performanceledger.infra.documents.ReportWorkbook;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PerformanceReport.Column;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One report model, every format: the January 2019 report of Southend's demo data (seed 004) as the page, the PDF
 * (its text read back with PDFBox), the workbook (read back with POI, each cell as Excel shows it) and the CSV must
 * show the same Section 2 numbers and words in every row; Kent's quarterly report renders in every format; a
 * published report renders to the same content every time.
 */
class ReportFormatsTest extends RunningLedger {

    private static final Caller LOADER = new Caller(LedgerUser.operator("formats-test", "Formats test", "SYSTEM"),
            Channel.DEMO, null);
    /** The columns whose cell prints a symbol, with its words beside it for screen readers and in print. */
    private static final Set<String> SYMBOLS = Set.of("expectedOutcome", "againstSamePeriodLastYear");

    @Autowired
    private Organisations organisations;
    @Autowired
    private Imports imports;
    @Autowired
    private Indicators indicators;
    @Autowired
    private Publications publications;
    @Autowired
    private Reports reports;
    @Autowired
    private ReportPrinting printing;

    @BeforeEach
    void demoData() {
        DemoOrganisations.southendWithAims(organisations, imports, indicators, publications, views);
        DemoOrganisations.kent(organisations, imports, indicators, views);
    }

    @Test
    void theSeedReportShowsTheSameSection2NumbersAndWordsInEveryFormat() throws Exception {
        PerformanceReport report = reports.report(LOADER, "southend", "2019-01", null, false, null);
        List<Column> columns = report.section2().columns();
        List<String> codes = report.section2().aims().stream().flatMap(aim -> aim.codes().stream()).toList();
        // The seed's 29 indicators; a test sharing this running ledger may have registered another in Southend.
        assertThat(codes).as("Section 2's indicators").hasSizeGreaterThanOrEqualTo(29)
                .contains("CP 1.1", "CP 3.6", "CP 4.3", "CP 5.4");
        Map<String, PerformanceReport.Row> rows = new HashMap<>();
        report.indicators().forEach(row -> rows.put(row.code(), row));
        // The source's own figures and words, so the comparison is of something that can be wrong.
        assertThat(rows.get("CP 4.3").value().text()).isEqualTo("86.60%");
        assertThat(rows.get("CP 3.6").value().text()).isEqualTo("4,969,171");
        assertThat(rows.get("CP 3.6").expectedOutcome().text()).isEqualTo("On course to achieve target");

        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");
        HttpResponse<String> page = scrutiny.get("/organisations/southend/reports/2019-01");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, List<String>> pageRows = pageSection2(Jsoup.parse(page.body()));

        HttpResponse<byte[]> pdf = scrutiny.bytes("/organisations/southend/reports/2019-01.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String pdfText = pdfText(pdf.body());
        List<List<String>> pdfRows = TaggedPdf.tableRows(pdf.body());

        HttpResponse<byte[]> workbook = scrutiny.bytes("/organisations/southend/reports/2019-01.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        Map<String, List<String>> workbookRows = workbookSection2(workbook.body(), columns.size());

        HttpResponse<String> csv = scrutiny.get("/organisations/southend/reports/2019-01.csv?section=2");
        assertThat(csv.statusCode()).isEqualTo(200);
        Map<String, List<String>> csvRows = csvSection2(csv.body());

        assertThat(pdfText).contains(report.section2().title(), "Page 1 of ");
        for (String code : codes) {
            PerformanceReport.Row row = rows.get(code);
            List<String> expected = columns.stream().map(column -> ReportFields.text(row, column.field())).toList();
            assertThat(workbookRows.get(code)).as("the workbook's row " + code).isEqualTo(expected);
            assertThat(csvRows.get(code)).as("the CSV's row " + code).isEqualTo(expected);
            List<String> onPage = pageRows.get(code);
            assertThat(onPage).as("the page's row " + code).hasSize(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                String field = columns.get(c).field();
                if (SYMBOLS.contains(field)) {
                    assertThat(onPage.get(c)).as(code + " " + field + " on the page").endsWith(expected.get(c));
                } else {
                    assertThat(onPage.get(c)).as(code + " " + field + " on the page").isEqualTo(expected.get(c));
                }
            }
            assertThat(pdfRows).as("the PDF's table rows: one is " + code + "'s Section 2 row, " + expected)
                    .anySatisfy(cells -> assertSameRow(cells, columns, expected));
        }
    }

    @Test
    void kentsQuarterlyReportRendersInEveryFormat() throws Exception {
        PerformanceReport report = reports.report(LOADER, "kent", "2013-Q2", null, false, null);
        assertThat(report.indicators()).extracting(PerformanceReport.Row::code).contains("E1", "ACT-KC4U");
        PerformanceReport.Row neet = report.indicators().stream().filter(row -> row.code().equals("E1")).findFirst()
                .orElseThrow();
        assertThat(neet.periodTarget().text()).isEqualTo("6.0%");

        SignedInSession auditor = SignedInSession.of(baseUrl(), "auditor", "demo");
        HttpResponse<String> page = auditor.get("/organisations/kent/reports/2013-Q2");
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("h1").text()).isEqualTo("Performance report: April to June 2013");
        List<Column> columns = report.section2().columns();
        List<String> expected = columns.stream().map(column -> ReportFields.text(neet, column.field())).toList();
        assertThat(expected).contains("6.0%", "Aim to Minimise");
        List<String> onPage = pageSection2(html).get("E1");
        for (int c = 0; c < columns.size(); c++) {
            assertThat(onPage.get(c)).as("E1 " + columns.get(c).field() + " on the page").endsWith(expected.get(c));
        }

        byte[] pdf = api("kent", "2013-Q2", "application/pdf");
        String pdfText = pdfText(pdf);
        assertThat(TaggedPdf.tableRows(pdf)).anySatisfy(cells -> assertSameRow(cells, columns, expected));
        assertThat(pdfText).contains("Page 1 of ", "April to June 2013");

        Map<String, List<String>> workbook = workbookSection2(api("kent", "2013-Q2",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), columns.size());
        assertThat(workbook.get("E1")).isEqualTo(expected);
        assertThat(csvSection2(ReportCsv.section(report, "Kent", 2)).get("E1")).isEqualTo(expected);
    }

    @Test
    void aPublishedReportRendersToTheSameContentEveryTime() throws Exception {
        int before = publications.list(LOADER, "southend", "2019-01").size();
        publications.publish(LOADER, "southend", new Publications.Publication("2019-01", "People Scrutiny",
                "Monthly Performance Report"));
        // The list of publications is a view, a little behind the store.
        int number = await().atMost(Duration.ofSeconds(10)).until(
                () -> publications.list(LOADER, "southend", "2019-01").size(), size -> size > before);

        PerformanceReport issuedFirst = publications.issued(LOADER, "southend", "2019-01", number);
        PerformanceReport issuedSecond = publications.issued(LOADER, "southend", "2019-01", number);
        assertThat(issuedSecond.generated().at()).as("each reading is generated when read")
                .isAfterOrEqualTo(issuedFirst.generated().at());
        // What it shows is the same every time; "Generated on" and the views' position say when it was read.
        ReportDocument first = ReportDocument.of(issuedFirst, "Southend-on-Sea Borough Council");
        ReportDocument second = ReportDocument.of(generatedAsThough(issuedSecond, issuedFirst),
                "Southend-on-Sea Borough Council");

        assertThat(printing.html(second)).isEqualTo(printing.html(first));
        String text = pdfText(printing.pdf(first));
        assertThat(pdfText(printing.pdf(second))).isEqualTo(text);
        assertThat(text).contains("As published to People Scrutiny", "Page 1 of ");
        assertThat(cells(ReportWorkbook.of(second))).isEqualTo(cells(ReportWorkbook.of(first)));
    }

    @Test
    void anIndicatorWithoutAnAimOrADetailSaysSoInWordsInEveryFormat() throws Exception {
        PerformanceReport report = reports.report(LOADER, "kent", "2013-Q2", null, false, null);
        assertThat(report.section2().aims()).extracting(PerformanceReport.Aim::title)
                .contains("Indicators without a corporate aim");

        SignedInSession officer = SignedInSession.of(baseUrl(), "kent-officer", "demo");
        Document page = Jsoup.parse(officer.get("/organisations/kent/reports/2013-Q2").body());
        assertThat(page.text()).doesNotContain("null");
        assertThat(page.select("section[aria-labelledby=section-2] h3").eachText())
                .contains("Indicators without a corporate aim");
        assertThat(page.select("[role=region]").eachAttr("aria-label"))
                .contains("Indicators without a corporate aim").noneMatch(label -> label.contains("null"));
        assertThat(page.select("main td, main dd").eachText()).as("a cell with nothing in it says so in words")
                .noneMatch(String::isBlank);

        String pdf = pdfText(officer.bytes("/organisations/kent/reports/2013-Q2.pdf").body());
        assertThat(pdf).contains("Indicators without a corporate aim").doesNotContain("null");
        String csv = officer.get("/organisations/kent/reports/2013-Q2.csv?section=2").body();
        assertThat(csv).contains("Indicators without a corporate aim").doesNotContain("null");
        assertThat(csvCells(csv)).as("no empty cell in Section 2").noneMatch(String::isEmpty);
        List<String> workbook = cells(officer.bytes("/organisations/kent/reports/2013-Q2.xlsx").body());
        assertThat(workbook).anyMatch(cell -> cell.endsWith("=Indicators without a corporate aim"))
                .noneMatch(cell -> cell.contains("null"));
    }

    @Test
    void anActivityIndicatorsExpectedRangeAndTheTargetsTermsShowInEveryFormat() throws Exception {
        PerformanceReport report = reports.report(LOADER, "kent", "2013-Q2", null, false, null);
        PerformanceReport.Row activity = report.indicators().stream().filter(row -> row.code().equals("ACT-KC4U"))
                .findFirst().orElseThrow();
        assertThat(activity.periodTarget().text()).isEqualTo("Expected 3,000-4,000");
        List<String> expected = report.section2().columns().stream()
                .map(column -> ReportFields.text(activity, column.field())).toList();
        assertThat(expected).contains("Expected 3,000-4,000");

        SignedInSession auditor = SignedInSession.of(baseUrl(), "auditor", "demo");
        Document page = Jsoup.parse(auditor.get("/organisations/kent/reports/2013-Q2").body());
        assertThat(pageSection2(page).get("ACT-KC4U")).contains("Expected 3,000-4,000");
        assertThat(page.select("section[aria-labelledby=section-2] th").eachText())
                .contains("Tolerance, Stretch and Floor");
        assertThat(TaggedPdf.tableRows(auditor.bytes("/organisations/kent/reports/2013-Q2.pdf").body()))
                .anySatisfy(cells -> assertSameRow(cells, report.section2().columns(), expected));
        assertThat(workbookSection2(auditor.bytes("/organisations/kent/reports/2013-Q2.xlsx").body(),
                expected.size()).get("ACT-KC4U")).isEqualTo(expected);
        assertThat(csvSection2(auditor.get("/organisations/kent/reports/2013-Q2.csv?section=2").body())
                .get("ACT-KC4U")).isEqualTo(expected);
    }

    @Test
    void generatedOnIsWhenTheDocumentWasMadeApartFromTheMomentItShowsAndTheLedgerPosition() throws Exception {
        String asOf = "?asOf.day=22&asOf.month=2&asOf.year=2019&asOf.time=10:31";
        String base = "/organisations/southend/reports/2019-01";
        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        Document page = Jsoup.parse(scrutiny.get(base + asOf).body());
        assertThat(page.select(".ledger-report__about").text()).contains("As the ledger knew it at 22 February 2019 "
                + "10:31", "2019-02-22T10:31:00Z");
        String generated = page.select(".ledger-report__generated").text();
        assertThat(generated).isNotEqualTo("22 February 2019 10:31");
        assertThat(generated).isIn(momentsSince(before));
        assertThat(page.select(".ledger-report__drawn-from").text())
                .matches("Drawn from the ledger through event [1-9][0-9]*");

        String pdf = pdfText(scrutiny.bytes(base + ".pdf" + asOf).body());
        assertThat(pdf).contains("As the ledger knew it at 22 February 2019 10:31")
                .containsPattern("Generated on (" + String.join("|", momentsSince(before)) + ")")
                .containsPattern("Drawn from the ledger through event [1-9]");

        List<String> about = cells(scrutiny.bytes(base + ".xlsx" + asOf).body());
        assertThat(about).contains("About!B3=As the ledger knew it at 22 February 2019 10:31",
                "About!B4=2019-02-22T10:31:00Z").anySatisfy(cell -> assertThat(cell).startsWith("About!B5=")
                .isIn(momentsSince(before).stream().map(moment -> "About!B5=" + moment).toList()))
                .anySatisfy(cell -> assertThat(cell).matches("About!B6=Drawn from the ledger through event [1-9].*"));

        List<String> csv = scrutiny.get(base + ".csv" + asOf + "&section=2").body().lines().toList();
        assertThat(csv.get(1)).startsWith("As the ledger knew it at 22 February 2019 10:31 (2019-02-22T10:31:00Z)");
        assertThat(csv.get(2)).matches("Generated on (" + String.join("|", momentsSince(before))
                + ")\\. Drawn from the ledger through event [1-9][0-9]*");
    }

    @Test
    void theCsvWritesWordsWhereTheSourcePrintsADashSoNothingNeedsNeutralising() throws Exception {
        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");
        for (int section = 1; section <= 3; section++) {
            String csv = scrutiny.get("/organisations/southend/reports/2019-01.csv?section=" + section).body();
            assertThat(csvCells(csv)).as("Section " + section).noneMatch(cell -> cell.startsWith("'"))
                    .noneMatch(cell -> cell.equals("-")).noneMatch(String::isEmpty);
        }
        assertThat(scrutiny.get("/organisations/southend/reports/2019-01.csv?section=2").body())
                .contains(",No target,");
    }

    @Test
    void aSectionsHeadingIsPrintedOnThePageItsTableStartsOn() throws Exception {
        PerformanceReport report = reports.report(LOADER, "southend", "2019-01", null, false, null);
        String firstException = report.section1().exceptions().get(0).codes().get(0);
        String firstOfSection2 = report.section2().aims().get(0).codes().get(0);
        byte[] pdf = SignedInSession.of(baseUrl(), "scrutiny", "demo")
                .bytes("/organisations/southend/reports/2019-01.pdf").body();

        List<String> pages = pdfPages(pdf);
        String section1 = pages.stream().filter(text -> text.contains(report.section1().title())).findFirst()
                .orElseThrow();
        assertThat(section1).as("Section 1's heading page holds its first exception, " + firstException)
                .contains(firstException + " ");
        String section2 = pages.stream().filter(text -> text.contains(report.section2().title())).findFirst()
                .orElseThrow();
        assertThat(section2).contains(firstOfSection2 + " ");
        int section3 = pages.indexOf(pages.stream().filter(text -> text.contains(report.section3().title()))
                .findFirst().orElseThrow());
        assertThat(report.section3().aims()).as("Southend's January has red and amber indicators").isNotEmpty();
        for (PerformanceReport.DetailAim aim : report.section3().aims()) {
            String heading = aim.title() + " Expected Outcome: ";
            String page = pages.subList(section3, pages.size()).stream().filter(text -> text.contains(heading))
                    .findFirst().orElseThrow();
            assertThat(page.substring(page.indexOf(heading))).as("Section 3's " + aim.title() + " with its first "
                    + "indicator").contains(aim.indicators().get(0).code() + " ");
        }
    }

    /** The report, generated at the moment and from the position {@code other} was. */
    private static PerformanceReport generatedAsThough(PerformanceReport report, PerformanceReport other) {
        return new PerformanceReport(report.organisationId(), report.period(), report.asOf(), report.asOfText(),
                report.targetsAsOf(), report.publication(), other.generated(), report.scheme(), report.legends(),
                report.counts(), report.indicators(), report.section1(), report.section2(), report.section3());
    }

    /** Every minute from {@code from} to now (and the next), as reports write a moment: "27 November 2026 13:05". */
    private static List<String> momentsSince(java.time.Instant from) {
        List<String> moments = new ArrayList<>();
        for (java.time.Instant at = from; !at.isAfter(java.time.Instant.now().plusSeconds(60));
             at = at.plusSeconds(60)) {
            moments.add(org.performanceledger.query.report.ReportText.moment(at));
        }
        return moments;
    }

    /** Every cell of a CSV after its preamble lines (the first cell of the file has the byte-order mark). */
    private static List<String> csvCells(String csv) throws IOException {
        List<String> cells = new ArrayList<>();
        boolean header = false;
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords()) {
            if (header) {
                cells.addAll(record.toList());
            }
            header = header || record.size() > 2;
        }
        return cells;
    }

    /** Each page's text, every run of white space one space. */
    private static List<String> pdfPages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    /** A row of the tagged PDF's tables shows the expected texts (a symbol's cell, its symbol then its words). */
    private static void assertSameRow(List<String> cells, List<Column> columns, List<String> expected) {
        assertThat(cells).hasSize(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            String want = TaggedPdf.compact(expected.get(c));
            if (SYMBOLS.contains(columns.get(c).field())) {
                assertThat(cells.get(c)).endsWith(want);
            } else {
                assertThat(cells.get(c)).isEqualTo(want);
            }
        }
    }

    /** Each Section 2 row of the page by code: every cell's text, the code's cell first. */
    private static Map<String, List<String>> pageSection2(Document page) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Element row : page.select("section[aria-labelledby=section-2] tr[data-code]")) {
            rows.put(row.attr("data-code"), row.select("> th, > td").stream().map(Element::text).toList());
        }
        return rows;
    }

    /** Each Section 2 row of the workbook by code, as Excel shows its cells (the aim's column left out). */
    private static Map<String, List<String>> workbookSection2(byte[] bytes, int columns) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        DataFormatter excel = new DataFormatter(java.util.Locale.UK);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("About");
            Sheet sheet = workbook.getSheet("Section 2");
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the header rows are frozen").isTrue();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    cells.add(excel.formatCellValue(row.getCell(c)));
                }
                rows.put(cells.get(0), cells);
            }
        }
        return rows;
    }

    /** Each Section 2 row of the CSV by code (after its preamble and header; the aim's column left out). */
    private static Map<String, List<String>> csvSection2(String csv) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        for (CSVRecord record : records) {
            if (record.size() > 2 && !record.get(0).startsWith("\uFEFF") && !record.get(1).equals("MPR Code")) {
                List<String> cells = new ArrayList<>(record.toList());
                rows.put(cells.get(1), cells.subList(1, cells.size()));
            }
        }
        return rows;
    }

    /** Every cell of every sheet as Excel shows it. */
    private static List<String> cells(byte[] bytes) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter excel = new DataFormatter(java.util.Locale.UK);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            workbook.forEach(sheet -> sheet.forEach(row -> {
                for (Cell cell : row) {
                    cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + excel.formatCellValue(cell));
                }
            }));
        }
        return cells;
    }

    /** The PDF's text in the order it was laid out, every run of white space one space. */
    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private byte[] api(String org, String period, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/api/organisations/" + org + "/reports/" + period)).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:demo"
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(accept).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(accept);
        return answer.body();
    }
}
