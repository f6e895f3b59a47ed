package org.performanceledger.infra.web.pages;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.performanceledger.infra.web.pages.forms.DateTimeInput;
import org.performanceledger.infra.web.pages.forms.FormError;
import org.performanceledger.infra.web.pages.forms.RealDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages that exist only in the tests: one that fails (for the 5xx page), one that needs a number (for the 4xx
 * page), and one that shows every field of {@code fragments/forms.html} (templates/test-pages/fields.html).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({PagesForTests.FailingPage.class, PagesForTests.EveryFieldPage.class})
class PagesForTests {

    @Controller
    static class FailingPage {

        @GetMapping("/test-pages/failure")
        String fail() {
            throw new IllegalStateException("A page that always fails, for the tests");
        }

        @GetMapping("/test-pages/number")
        String number(@RequestParam int value) {
            return "redirect:/";
        }
    }

    @Controller
    static class EveryFieldPage {

        @ModelAttribute
        void choices(Model model) {
            Map<String, String> statuses = new LinkedHashMap<>();
            statuses.put("RED", "Red");
            statuses.put("AMBER", "Amber");
            statuses.put("GREEN", "Green");
            Map<String, String> colours = new LinkedHashMap<>();
            colours.put("", "Choose a colour");
            colours.putAll(statuses);
            model.addAttribute("statuses", statuses);
            model.addAttribute("colours", colours);
        }

        @GetMapping("/test-pages/fields")
        String show(@ModelAttribute("fields") EveryField fields) {
            return "test-pages/fields";
        }

        @PostMapping("/test-pages/fields")
        String send(@Valid @ModelAttribute("fields") EveryField fields, BindingResult result, Model model) {
            // As a page shows a refusal from the application layer: beside the BindingResult's own errors.
            model.addAttribute("refusals", List.of(new FormError("reason", "The reason was refused upstream"),
                    new FormError(null, "Nothing was recorded")));
            return "test-pages/fields";
        }
    }

    /** One field of each kind, each required. */
    public static class EveryField {
        @NotBlank(message = "Enter the code")
        private String code;
        @NotBlank(message = "Enter the reason")
        private String reason;
        @NotBlank(message = "Select a status")
        private String status;
        @NotBlank(message = "Select a colour")
        private String colour;
        @RealDate(required = true, message = "Enter when it was known")
        private DateTimeInput known = new DateTimeInput();

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getColour() {
            return colour;
        }

        public void setColour(String colour) {
            this.colour = colour;
        }

        public DateTimeInput getKnown() {
            return known;
        }

        public void setKnown(DateTimeInput known) {
            this.known = known;
        }
    }
}
