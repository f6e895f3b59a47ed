package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.infra.eventstore.EventStoreVerifier;
import org.performanceledger.infra.eventstore.VerificationReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Proof that nothing was altered behind the ledger")
class AuditController {

    private final EventStoreVerifier verifier;

    AuditController(EventStoreVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute every event hash, aggregate chain and checkpoint digest (auditors)",
            description = "Answers intact through global index N with digest D, or the first event that was altered, "
                    + "deleted, inserted or reordered. Keep D: a later verification must reproduce it at N.")
    VerificationReport verify() {
        return verifier.verify();
    }
}
