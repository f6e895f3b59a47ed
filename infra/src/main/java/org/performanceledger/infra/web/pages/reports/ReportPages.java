package org.performanceledger.infra.web.pages.reports;

import jakarta.validation.Valid;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.application.views.Views;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;
import org.performanceledger.infra.documents.ReportCsv;
import org.performanceledger.infra.documents.ReportDocument;
import org.performanceledger.infra.documents.ReportPrinting;
import org.performanceledger.infra.documents.ReportWorkbook;
import org.performanceledger.infra.web.pages.InvalidPageParameter;
import org.performanceledger.infra.web.pages.forms.FormError;
import org.performanceledger.infra.web.pages.forms.Refusals;
import org.performanceledger.query.organisations.OrganisationView;
import org.performanceledger.query.report.PublicationSummary;
import org.performanceledger.query.report.ReportPeriod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The report for a period as the source document lays it out (header, counts, Sections 1-3), now, as of a moment,
 * as published, or with what changed since a publication; its downloads (CSV per section, PDF, workbook), answered
 * from the browser's session through the same use cases as the API's; publishing it; and choosing a period.
 */
@Controller
class ReportPages {

    private static final String PAGE = "reports/report";
    private static final String AS_OF_FORM = "A moment is given as asOf.day, asOf.month, asOf.year and asOf.time "
            + "(UK time), for example asOf.day=22&asOf.month=2&asOf.year=2019&asOf.time=10:31";
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportViews views;
    private final Organisations organisations;
    private final Publications publications;
    private final ReportPrinting printing;
    private final Views ledgerViews;
    private final Clock clock;

    ReportPages(Reports reports, Organisations organisations, Publications publications, ReportPrinting printing,
                Views ledgerViews, Clock clock) {
        this.views = new ReportViews(reports, publications, clock.getZone());
        this.organisations = organisations;
        this.publications = publications;
        this.printing = printing;
        this.ledgerViews = ledgerViews;
        this.clock = clock;
    }

    /** Choosing a report: a period typed in, the periods with values, the latest ended, every report published. */
    @GetMapping("/organisations/{org}/reports")
    String choose(Caller caller, @PathVariable String org, @RequestParam(required = false) String period,
                  Model model) {
        OrganisationView organisation = organisations.find(caller, org);
        Action.READ.requireBy(caller.user(), org);
        if (period != null && ReportPeriod.parse(period.strip()).isPresent()) {
            return "redirect:/organisations/{org}/reports/" + period.strip();
        }
        if (period != null) {
            model.addAttribute("refusals", List.of(new FormError("period", period.isBlank()
                    ? "Enter a period" : "Enter a period as a month such as 2019-01, a quarter such as 2019-Q3, a "
                    + "school term such as 2018-19-T1 or a year such as 2018-19")));
        }
        LocalDate today = LocalDate.now(clock);
        List<String> latest = new ArrayList<>();
        for (Frequency frequency : List.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.TERMLY)) {
            latest.add(Periods.latestEnded(frequency, YearBasis.FINANCIAL, today));
        }
        latest.add(Periods.latestEnded(Frequency.ANNUAL, YearBasis.FINANCIAL, today));
        model.addAttribute("organisation", organisation);
        model.addAttribute("withData", WithData.of(organisations.periodsWithData(caller, org)));
        model.addAttribute("period", period);
        model.addAttribute("latest", latest.stream().distinct().map(code -> ReportPeriod.parse(code).orElseThrow())
                .toList());
        List<PublicationSummary> published = new ArrayList<>(publications.list(caller, org, null));
        Collections.reverse(published);
        model.addAttribute("published", published);
        return "reports/choose";
    }

    @GetMapping("/organisations/{org}/reports/{period}")
    String report(Caller caller, @PathVariable String org, @PathVariable String period,
                  @Valid @ModelAttribute("request") ReportRequest request, BindingResult result, Model model) {
        // asOf as one text (an edited address, or the API's form) is not the page's form: refused as for downloads.
        result.getFieldErrors().stream().filter(FieldError::isBindingFailure).findFirst()
                .ifPresent(ReportPages::refuseBadParameter);
        if (!model.containsAttribute("publish")) {
            model.addAttribute("publish", new PublishForm());
        }
        return page(caller, org, period, request, result, model);
    }

    @PostMapping("/organisations/{org}/reports/{period}/publish")
    String publish(Caller caller, @PathVariable String org, @PathVariable String period,
                   @Valid @ModelAttribute("publish") PublishForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) throws InterruptedException {
        if (!result.hasErrors()) {
            try {
                publications.publish(caller, org, new Publications.Publication(period, form.getCommittee(),
                        form.getTitle()));
                // The list of publications is a view: it shows this one once the views have caught up.
                ledgerViews.awaitCaughtUp(Duration.ofSeconds(3));
                List<PublicationSummary> issued = publications.list(caller, org, period);
                PublicationSummary latest = issued.get(issued.size() - 1);
                redirect.addFlashAttribute("success", "Report published");
                redirect.addFlashAttribute("successDetail", "Publication " + latest.number() + " of "
                        + latest.periodText() + ", to " + latest.committee() + ", " + latest.publishedAtText());
                return "redirect:/organisations/{org}/reports/{period}?publication=" + latest.number();
            } catch (LedgerRejection | InvalidRequest refusal) {
                Refusals.of().field("committee", "committee", "Committee").field("title", "title", "Title")
                        .addTo(result, refusal);
            }
        }
        model.addAttribute("publishFailed", true);
        return page(caller, org, period, new ReportRequest(), null, model);
    }

    @GetMapping("/organisations/{org}/reports/{period}.csv")
    ResponseEntity<String> csv(Caller caller, @PathVariable String org, @PathVariable String period,
                               @Valid @ModelAttribute("request") ReportRequest request, BindingResult result,
                               @RequestParam(defaultValue = "2") String section) {
        refuseBadParameters(result);
        if (!List.of("1", "2", "3").contains(section)) {
            throw new InvalidPageParameter("section", section, "The section must be 1, 2 or 3");
        }
        OrganisationView organisation = organisations.find(caller, org);
        ReportDocument document = views.document(caller, org, period, request, organisation.name());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(org, period, request, "-section-" + section
                        + ".csv"))
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(ReportCsv.section(document.report(), organisation.name(), Integer.parseInt(section)));
    }

    @GetMapping("/organisations/{org}/reports/{period}.pdf")
    ResponseEntity<byte[]> pdf(Caller caller, @PathVariable String org, @PathVariable String period,
                               @Valid @ModelAttribute("request") ReportRequest request, BindingResult result) {
        refuseBadParameters(result);
        OrganisationView organisation = organisations.find(caller, org);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(org, period, request, ".pdf"))
                .contentType(MediaType.APPLICATION_PDF)
                .body(printing.pdf(views.document(caller, org, period, request, organisation.name())));
    }

    @GetMapping("/organisations/{org}/reports/{period}.xlsx")
    ResponseEntity<byte[]> workbook(Caller caller, @PathVariable String org, @PathVariable String period,
                                    @Valid @ModelAttribute("request") ReportRequest request, BindingResult result) {
        refuseBadParameters(result);
        OrganisationView organisation = organisations.find(caller, org);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(org, period, request, ".xlsx"))
                .contentType(XLSX)
                .body(ReportWorkbook.of(views.document(caller, org, period, request, organisation.name())));
    }

    private String page(Caller caller, String org, String period, ReportRequest request, BindingResult result,
                        Model model) {
        OrganisationView organisation = organisations.find(caller, org);
        ReportRequest shown = result != null && result.hasErrors() ? new ReportRequest() : request;
        ReportViews.Shown view = views.shown(caller, org, period, shown, organisation.name());
        String base = "/organisations/" + org + "/reports/" + period;
        model.addAttribute("organisation", organisation);
        model.addAttribute("doc", view.document());
        model.addAttribute("view", view);
        model.addAttribute("base", base);
        model.addAttribute("query", shown.query());
        model.addAttribute("mayPublish", Action.PUBLISH.allows(caller.user(), org));
        model.addAttribute("downloads", downloads(base, shown.query()));
        model.addAttribute("failed", model.containsAttribute("publishFailed") || result != null && result.hasErrors());
        if (!model.containsAttribute("request")) {
            model.addAttribute("request", shown);
        }
        return PAGE;
    }

    /** A download offered on the page: what it is, and its address (the page's own query, so the same view). */
    public record Download(String label, String href) {
    }

    private static List<Download> downloads(String base, String query) {
        List<Download> downloads = new ArrayList<>();
        for (int section = 1; section <= 3; section++) {
            downloads.add(new Download("Section " + section + " as a CSV file", base + ".csv"
                    + (query.isEmpty() ? "?" : query + "&") + "section=" + section));
        }
        downloads.add(new Download("The whole report as a PDF (A4 landscape)", base + ".pdf" + query));
        downloads.add(new Download("The whole report as an Excel workbook", base + ".xlsx" + query));
        return downloads;
    }

    private static String attachment(String org, String period, ReportRequest request, String suffix) {
        String name = "report-" + org + "-" + period + (request.publicationNumber() == null ? ""
                : "-publication-" + request.publicationNumber())
                + (request.changesSince() == null ? "" : "-changes-since-" + request.changesSince());
        return "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + suffix + "\"";
    }

    /**
     * Only an edited link gets here (the page offers downloads of sound views only): the error page (400) names the
     * parameter and what it accepts.
     */
    private static void refuseBadParameters(BindingResult result) {
        FieldError error = result.getFieldError();
        if (error != null) {
            refuseBadParameter(error);
        }
    }

    private static void refuseBadParameter(FieldError error) {
        String parameter = error.getField();
        if (error.isBindingFailure() && parameter.equals("asOf")) {
            throw new InvalidPageParameter(parameter, given(error.getRejectedValue()), AS_OF_FORM);
        }
        Object given = given(error.getRejectedValue());
        throw given == null ? new InvalidPageParameter(parameter, error.getDefaultMessage())
                : new InvalidPageParameter(parameter, given, error.getDefaultMessage());
    }

    /** The text the address gave, or null when the error is about a whole date rather than one text. */
    private static String given(Object rejected) {
        if (rejected instanceof String[] texts) {
            return String.join(",", texts);
        }
        return rejected instanceof String text ? text : null;
    }
}
