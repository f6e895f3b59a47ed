package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.infra.documents.ReportCsv;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PublicationSummary;
import org.performanceledger.query.status.Status;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/organisations/{org}")
@Tag(name = "Reports", description = "Reports for any period, as of any moment or as published; the status "
        + "scheme and corporate aims they are written in")
class PeriodReportController {

    private static final String CSV = "text/csv";
    private static final String CSV_UTF8 = "text/csv;charset=UTF-8";
    private static final String PERIOD = "a month (2019-01), a calendar quarter (2019-Q3), a school term "
            + "(2018-19-T1) or a year (2018-19)";

    private final Reports reports;
    private final Publications publications;
    private final Organisations organisations;

    PeriodReportController(Reports reports, Publications publications, Organisations organisations) {
        this.reports = reports;
        this.publications = publications;
        this.organisations = organisations;
    }

    @GetMapping(path = "/reports/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report for a period: every indicator's row once (each cell a value and its words), "
            + "Section 1 exceptions and on-course comments, Section 2 by corporate aim, Section 3 histories, "
            + "referring to rows by code; as the ledger knew it at asOf, or now")
    PerformanceReport report(Caller caller, @PathVariable String org,
                             @Parameter(description = PERIOD) @PathVariable String period,
                             @Parameter(description = "ISO instant, e.g. 2019-02-22T10:31:00Z")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant asOf,
                             @Parameter(description = "'today' judges the statuses against today's targets")
                             @RequestParam(required = false) String targets,
                             @Parameter(description = "the statuses Sections 1 and 3 detail, e.g. RED,AMBER "
                                     + "(default: RED, AMBER and YELLOW)")
                             @RequestParam(required = false) List<String> detail) {
        return reports.report(caller, org, period, asOf, "today".equals(targets), statuses(detail));
    }

    @GetMapping(path = "/reports/{period}", produces = CSV)
    @Operation(summary = "One section of the report as CSV (section=1, 2 or 3; default 2), its first lines saying "
            + "which moment it shows")
    ResponseEntity<String> reportAsCsv(Caller caller, @PathVariable String org, @PathVariable String period,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                       @RequestParam(required = false) String targets,
                                       @RequestParam(required = false) List<String> detail,
                                       @RequestParam(defaultValue = "2") String section) {
        PerformanceReport report = reports.report(caller, org, period, asOf, "today".equals(targets),
                statuses(detail));
        return csv(report, org, period, section, "report-" + org + "-" + period);
    }

    @GetMapping(path = "/reports/{period}/publications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every publication of the period's report, in the order issued (numbered from 1)")
    List<PublicationSummary> periodPublications(Caller caller, @PathVariable String org,
                                                @PathVariable String period) {
        return publications.list(caller, org, period);
    }

    @GetMapping(path = "/reports/{period}/publications/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The period's report exactly as its publication {number} issued it: values, targets, "
            + "status scheme and aims as of that moment")
    PerformanceReport publication(Caller caller, @PathVariable String org, @PathVariable String period,
                                  @PathVariable int number) {
        return publications.issued(caller, org, period, number);
    }

    @GetMapping(path = "/reports/{period}/publications/{number}", produces = CSV)
    @Operation(summary = "One section of a publication as CSV (section=1, 2 or 3; default 2)")
    ResponseEntity<String> publicationAsCsv(Caller caller, @PathVariable String org, @PathVariable String period,
                                            @PathVariable int number,
                                            @RequestParam(defaultValue = "2") String section) {
        return csv(publications.issued(caller, org, period, number), org, period, section,
                "report-" + org + "-" + period + "-publication-" + number);
    }

    @GetMapping(path = "/publications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every report the organisation published, of every period, in the order issued")
    List<PublicationSummary> allPublications(Caller caller, @PathVariable String org) {
        return publications.list(caller, org, null);
    }

    @PutMapping("/status-scheme")
    @Operation(summary = "Rate the organisation's indicators in a status scheme from now on (performance team): "
            + "THREE_STATE (red, amber, green), THREE_STATE_WITH_TBC, or FIVE_STATE (red; amber: outside "
            + "tolerance but improving; yellow: within tolerance; green; TBC)")
    ResponseEntity<Map<String, String>> chooseScheme(Caller caller, @PathVariable String org,
                                                     @RequestBody Publications.SchemeChoice request) {
        publications.chooseStatusScheme(caller, org, request);
        return ResponseEntity.ok(Map.of("organisationId", org, "scheme", String.valueOf(request.scheme())));
    }

    @PutMapping("/corporate-aims/{aim}")
    @Operation(summary = "Describe a corporate aim as reports print it above its indicators (performance team)")
    ResponseEntity<Map<String, String>> describeAim(Caller caller, @PathVariable String org,
                                                    @PathVariable String aim,
                                                    @RequestBody Publications.AimDescription request) {
        publications.describeCorporateAim(caller, org, aim, request);
        return ResponseEntity.ok(Map.of("organisationId", org, "aim", aim));
    }

    private ResponseEntity<String> csv(PerformanceReport report, String org, String period, String section,
                                       String name) {
        int number = switch (section) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> throw InvalidRequest.of("section", "OneOf", "must be 1, 2 or 3: a report's sections");
        };
        String text = ReportCsv.section(report, organisations.existing(org).name(), number);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-section-" + number
                        + ".csv\"")
                .contentType(MediaType.parseMediaType(CSV_UTF8))
                .body(text);
    }

    /** The statuses named, e.g. RED,AMBER; a name that is none of them is refused, naming the field. */
    static Set<Status> statuses(List<String> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (String name : names) {
            try {
                statuses.add(Status.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw InvalidRequest.of("detail", "OneOf", "must name statuses among "
                        + List.of(Status.values()) + ", not '" + name + "'");
            }
        }
        return statuses;
    }
}
