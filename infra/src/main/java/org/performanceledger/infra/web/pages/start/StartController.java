package org.performanceledger.infra.web.pages.start;

import org.performanceledger.infra.security.LedgerUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who is signed in, and (once the application layer exists) their organisations and returns due. */
@Controller
class StartController {

    @GetMapping("/")
    String start(@AuthenticationPrincipal LedgerUserDetails user, Model model) {
        model.addAttribute("user", user);
        return "start/start";
    }
}
