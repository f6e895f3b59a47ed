package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.infra.documents.ReportDocument;
import org.performanceledger.infra.documents.ReportPrinting;
import org.performanceledger.infra.documents.ReportWorkbook;
import org.performanceledger.query.report.PerformanceReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The report for a period, and each publication of it, as a PDF (the report page's own template, printed) or as an
 * Excel workbook (a sheet per section): the same resources as the JSON and CSV, asked for by {@code Accept}.
 */
@RestController
@RequestMapping("/api/organisations/{org}")
@Tag(name = "Reports")
class ReportDocumentsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reports reports;
    private final Publications publications;
    private final Organisations organisations;
    private final ReportPrinting printing;

    ReportDocumentsController(Reports reports, Publications publications, Organisations organisations,
                              ReportPrinting printing) {
        this.reports = reports;
        this.publications = publications;
        this.organisations = organisations;
        this.printing = printing;
    }

    @GetMapping(path = "/reports/{period}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The report as a PDF: A4 landscape, Sections 1-3 with each detailed indicator's chart, "
            + "numbered pages, and on each the moment of the ledger it was drawn from")
    ResponseEntity<byte[]> reportAsPdf(Caller caller, @PathVariable String org, @PathVariable String period,
                                       @Parameter(description = "ISO instant, e.g. 2019-02-22T10:31:00Z")
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                       @RequestParam(required = false) String targets,
                                       @RequestParam(required = false) List<String> detail) {
        return pdf(report(caller, org, period, asOf, targets, detail), org, "report-" + org + "-" + period);
    }

    @GetMapping(path = "/reports/{period}", produces = XLSX)
    @Operation(summary = "The report as an Excel workbook: a first sheet saying which moment it shows, then a "
            + "sheet per section with numbers as numbers and each status in words")
    ResponseEntity<byte[]> reportAsWorkbook(Caller caller, @PathVariable String org, @PathVariable String period,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                            @RequestParam(required = false) String targets,
                                            @RequestParam(required = false) List<String> detail) {
        return workbook(report(caller, org, period, asOf, targets, detail), org, "report-" + org + "-" + period);
    }

    @GetMapping(path = "/reports/{period}/publications/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A publication of the report as a PDF, exactly as it was issued")
    ResponseEntity<byte[]> publicationAsPdf(Caller caller, @PathVariable String org, @PathVariable String period,
                                            @PathVariable int number) {
        return pdf(publications.issued(caller, org, period, number), org,
                "report-" + org + "-" + period + "-publication-" + number);
    }

    @GetMapping(path = "/reports/{period}/publications/{number}", produces = XLSX)
    @Operation(summary = "A publication of the report as an Excel workbook, exactly as it was issued")
    ResponseEntity<byte[]> publicationAsWorkbook(Caller caller, @PathVariable String org,
                                                 @PathVariable String period, @PathVariable int number) {
        return workbook(publications.issued(caller, org, period, number), org,
                "report-" + org + "-" + period + "-publication-" + number);
    }

    private PerformanceReport report(Caller caller, String org, String period, Instant asOf, String targets,
                                     List<String> detail) {
        return reports.report(caller, org, period, asOf, "today".equals(targets),
                PeriodReportController.statuses(detail));
    }

    private ResponseEntity<byte[]> pdf(PerformanceReport report, String org, String name) {
        byte[] pdf = printing.pdf(ReportDocument.of(report, organisations.existing(org).name()));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                + ".pdf\"").contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private ResponseEntity<byte[]> workbook(PerformanceReport report, String org, String name) {
        byte[] workbook = ReportWorkbook.of(ReportDocument.of(report, organisations.existing(org).name()));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                + ".xlsx\"").contentType(MediaType.parseMediaType(XLSX)).body(workbook);
    }
}
