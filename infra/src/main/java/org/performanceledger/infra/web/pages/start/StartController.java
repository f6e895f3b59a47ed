package org.performanceledger.infra.web.pages.start;

import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;

/** The start page: who is signed in, their roles and where they hold them. */
@Controller
class StartController {

    @GetMapping("/")
    String start(Caller caller, Model model) {
        model.addAttribute("user", caller.user());
        model.addAttribute("grants", caller.user().grants().stream()
                .sorted(Comparator.comparing(Grant::organisationId).thenComparing(Grant::role)).toList());
        return "start/start";
    }
}
