package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.infra.eventstore.EventStoreVerifier;
import org.performanceledger.infra.eventstore.VerificationReport;
import org.axonframework.queryhandling.QueryGateway;
import org.performanceledger.query.audit.AuditTrailPage;
import org.performanceledger.query.audit.AuditTrailQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Proof that nothing was altered behind the ledger")
class AuditController {

    private final EventStoreVerifier verifier;
    private final QueryGateway queries;

    AuditController(EventStoreVerifier verifier, QueryGateway queries) {
        this.verifier = verifier;
        this.queries = queries;
    }

    @GetMapping("/users/{user}")
    @Operation(summary = "Everything one user recorded, across organisations, oldest first, paged (auditors)")
    AuditTrailPage userTrail(@PathVariable String user,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant to,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "100") int size) {
        return queries.query(new AuditTrailQuery(null, null, user, from, to, Math.max(0, page),
                Math.max(1, Math.min(size, 1000))), AuditTrailPage.class).join();
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute every event hash, aggregate chain and checkpoint digest (auditors)",
            description = "Answers intact through global index N with digest D, or the first event that was altered, "
                    + "deleted, inserted or reordered. Keep D: a later verification must reproduce it at N.")
    VerificationReport verify() {
        return verifier.verify();
    }
}
