package org.performanceledger.infra.web.pages.audit;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verifying the event store: every hash, chain and checkpoint recomputed. It reads the whole store, so it runs
 * only when asked, by a button (POST); its report is shown once on the page it leads back to.
 */
@Controller
class VerificationPages {

    private final AuditTrail audit;

    VerificationPages(AuditTrail audit) {
        this.audit = audit;
    }

    /** The page with its button: refused at once to whoever may not verify, rather than when they press it. */
    @GetMapping("/audit/verification")
    String verification(Caller caller) {
        Action.VERIFY_STORE.requireBy(caller.user());
        return "audit/verification";
    }

    @PostMapping("/audit/verification")
    String verify(Caller caller, RedirectAttributes redirect) {
        redirect.addFlashAttribute("report", audit.verify(caller));
        return "redirect:/audit/verification";
    }
}
