package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.application.audit.VerificationReport;
import org.performanceledger.query.audit.AuditTrailPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Proof that nothing was altered behind the ledger")
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/users/{user}")
    @Operation(summary = "Everything one user recorded, across the organisations whose trail the caller may read, "
            + "oldest first, paged (auditors)")
    AuditTrailPage userTrail(Caller caller, @PathVariable String user,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant to,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "100") int size) {
        return audit.userTrail(caller, user, from, to, page, size);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute every event hash, aggregate chain and checkpoint digest (auditors)",
            description = "Answers intact through global index N with digest D, or the first event that was altered, "
                    + "deleted, inserted or reordered. Keep D: a later verification must reproduce it at N.")
    VerificationReport verify(Caller caller) {
        return audit.verify(caller);
    }
}
