package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.events.Worded;
import org.performanceledger.infra.documents.SpreadsheetSafeCsv;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.ReportChanges;
import org.performanceledger.query.history.ReportRow;
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

@RestController
@RequestMapping("/api/organisations/{org}/reports/mpr/{period}")
@Tag(name = "Reports", description = "The Monthly Performance Report, now or as of any moment")
class ReportController {

    private static final String CSV = "text/csv";
    private static final String CSV_UTF8 = "text/csv;charset=UTF-8";

    private final Reports reports;
    private final Publications publications;

    ReportController(Reports reports, Publications publications) {
        this.reports = reports;
        this.publications = publications;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The Monthly Performance Report for a month (2019-01): Section 1 exceptions, Section 2 by "
            + "corporate aim; as the ledger knew it at asOf (its own recording time), or now")
    MonthlyReport report(Caller caller, @PathVariable String org, @PathVariable String period,
                         @Parameter(description = "ISO instant, e.g. 2019-02-22T10:31:00Z")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant asOf,
                         @Parameter(description = "'today' judges the statuses against today's targets, not those "
                                 + "in force at asOf")
                         @RequestParam(required = false) String targets) {
        return reports.monthly(caller, org, period, asOf, "today".equals(targets));
    }

    @GetMapping(produces = CSV)
    @Operation(summary = "The same report as CSV, one indicator per line")
    ResponseEntity<String> reportAsCsv(Caller caller, @PathVariable String org, @PathVariable String period,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        MonthlyReport report = reports.monthly(caller, org, period, asOf, false);
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.withHeader("MPR Code", "Short Name", "Polarity", "Month",
                "Month's Value", "Month's Target", "Annual Target", "Status", "Expected Outcome",
                "Against same month last year", "Against previous month", "Comment", "Managed By",
                "Responsible Unit", "Scrutiny Committee", "Corporate Aim");
        for (ReportRow row : report.indicators()) {
            csv.row(row.code(), row.shortName(), row.polarity(), row.latestMonth(), words(row.value()),
                    words(row.periodTarget()), words(row.annualTarget()), row.status(), row.expectedOutcome(),
                    row.againstSamePeriodLastYear(), row.againstPreviousPeriod(), row.commentary(),
                    row.managedBy(), row.responsibleUnit(), row.scrutinyCommittee(), row.corporateAim());
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mpr-" + org + "-" + period + ".csv\"")
                .contentType(MediaType.parseMediaType(CSV_UTF8))
                .body(csv.text());
    }

    @GetMapping(path = "/published", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report for a month exactly as it stood when it was last published to a committee")
    MonthlyReport published(Caller caller, @PathVariable String org, @PathVariable String period) {
        return publications.published(caller, org, period);
    }

    @GetMapping(path = "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What changed in a month's report between two moments (default: since it was last "
            + "published, until now): values, targets, statuses, outcomes and commentary, with who, when and why")
    ReportChanges changes(Caller caller, @PathVariable String org, @PathVariable String period,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                          Instant from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                          Instant to) {
        return reports.changes(caller, org, period, from, to);
    }

    private static String words(Worded value) {
        return value == null ? null : value.words();
    }
}
