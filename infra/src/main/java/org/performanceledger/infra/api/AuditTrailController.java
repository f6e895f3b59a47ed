package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.infra.documents.AuditTrailCsv;
import org.performanceledger.query.audit.AuditTrailPage;
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
@RequestMapping("/api/organisations/{org}/audit")
@Tag(name = "Audit", description = "Proof that nothing was altered behind the ledger")
class AuditTrailController {

    private final AuditTrail audit;

    AuditTrailController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every event of an organisation in recorded order: who, when, what, before and after, why, "
            + "source; narrowed by indicator code, user and recording-time range [from, to); paged (auditors)")
    AuditTrailPage trail(Caller caller, @PathVariable String org,
                         @RequestParam(required = false) String code,
                         @RequestParam(required = false) String user,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant to,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "100") int size) {
        return audit.organisationTrail(caller, org, new AuditTrail.Filter(code, user, from, to), page, size);
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "The whole matching audit trail as one CSV file")
    ResponseEntity<String> trailAsCsv(Caller caller, @PathVariable String org,
                                      @RequestParam(required = false) String code,
                                      @RequestParam(required = false) String user,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + org + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(AuditTrailCsv.of(audit.organisationTrail(caller, org,
                        new AuditTrail.Filter(code, user, from, to))));
    }
}
