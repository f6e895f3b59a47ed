package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.Worded;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.MonthlyReportQuery;
import org.performanceledger.query.history.PublishedReportQuery;
import org.performanceledger.query.history.ReportChanges;
import org.performanceledger.query.history.ReportChangesQuery;
import org.performanceledger.query.history.ReportRow;
import org.performanceledger.query.history.ValueHistory;
import org.performanceledger.query.history.ValueHistoryQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;

@RestController
@RequestMapping("/api/organisations/{org}")
@Tag(name = "Reports", description = "The Monthly Performance Report and value histories, now or as of any moment")
class ReportController {

    private static final String CSV = "text/csv";

    private final QueryGateway queries;
    private final Clock clock;

    ReportController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(path = "/reports/mpr/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The Monthly Performance Report for a month (2019-01): Section 1 exceptions, Section 2 by "
            + "corporate aim; as the ledger knew it at asOf (its own recording time), or now")
    MonthlyReport report(@PathVariable String org, @PathVariable String period,
                         @Parameter(description = "ISO instant, e.g. 2019-02-22T10:31:00Z")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant asOf,
                         @Parameter(description = "'today' judges the statuses against today's targets, not those "
                                 + "in force at asOf")
                         @RequestParam(required = false) String targets) {
        Instant targetsAsOf = "today".equals(targets) ? Instant.now(clock) : null;
        return queries.query(new MonthlyReportQuery(org, period, asOf, targetsAsOf),
                        ResponseTypes.optionalInstanceOf(MonthlyReport.class)).join()
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.ORGANISATION_NOT_FOUND, "organisationId",
                        "No report: organisation '" + org + "' has no indicators, or '" + period
                                + "' is not a month such as 2019-01"));
    }

    @GetMapping(path = "/reports/mpr/{period}", produces = CSV)
    @Operation(summary = "The same report as CSV, one indicator per line")
    ResponseEntity<String> reportAsCsv(@PathVariable String org, @PathVariable String period,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf)
            throws IOException {
        MonthlyReport report = report(org, period, asOf, null);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("MPR Code",
                "Short Name", "Polarity", "Month", "Month's Value", "Month's Target", "Annual Target", "Status",
                "Expected Outcome", "Against same month last year", "Against previous month", "Comment",
                "Managed By", "Responsible Unit", "Scrutiny Committee", "Corporate Aim").get())) {
            for (ReportRow row : report.indicators()) {
                printer.printRecord(row.code(), row.shortName(), row.polarity(), row.latestMonth(), words(row.value()),
                        words(row.periodTarget()), words(row.annualTarget()), row.status(), row.expectedOutcome(),
                        row.againstSamePeriodLastYear(), row.againstPreviousPeriod(), row.commentary(),
                        row.managedBy(), row.responsibleUnit(), row.scrutinyCommittee(), row.corporateAim());
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mpr-" + org + "-" + period + ".csv\"")
                .contentType(MediaType.parseMediaType(CSV))
                .body(csv.toString());
    }

    @GetMapping(path = "/reports/mpr/{period}/published", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report for a month exactly as it stood when it was last published to a committee")
    MonthlyReport published(@PathVariable String org, @PathVariable String period) {
        return queries.query(new PublishedReportQuery(org, period),
                        ResponseTypes.optionalInstanceOf(MonthlyReport.class)).join()
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.REPORT_NOT_PUBLISHED, "period",
                        "No report for '" + period + "' of organisation '" + org + "' was published"));
    }

    @GetMapping(path = "/reports/mpr/{period}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What changed in a month's report between two moments (default: since it was last "
            + "published, until now): values, targets, statuses, outcomes and commentary, with who, when and why")
    ReportChanges changes(@PathVariable String org, @PathVariable String period,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                          Instant from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                          Instant to) {
        return queries.query(new ReportChangesQuery(org, period, from, to),
                        ResponseTypes.optionalInstanceOf(ReportChanges.class)).join()
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.REPORT_NOT_PUBLISHED, "from",
                        "Give 'from', or publish the report for '" + period + "' first"));
    }

    @GetMapping("/indicators/{code}/values/{period}/history")
    @Operation(summary = "Every version of a period's value: when recorded, by whom, why, and what it replaced")
    ValueHistory history(@PathVariable String org, @PathVariable String code, @PathVariable String period,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant asOf) {
        return queries.query(new ValueHistoryQuery(org, code, period, asOf),
                        ResponseTypes.optionalInstanceOf(ValueHistory.class)).join()
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.INDICATOR_NOT_FOUND, "code",
                        "No indicator '" + code + "' with a period '" + period + "' in organisation '" + org + "'"));
    }

    private static String words(Worded value) {
        return value == null ? null : value.words();
    }
}
