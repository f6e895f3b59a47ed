package org.performanceledger.infra.web.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page's refusals and edges, read as HTML: a publication without a committee shows the form's error
 * beside its field and publishes nothing; scrutiny may not publish; a publication that does not exist is the 404
 * page; what changed since a publication is for months only, and the page says so; a period typed in the chooser
 * leads to its report, or says how to write one; a period not yet begun is refused with the reason.
 */
class ReportPagesRefusalsTest extends RunningLedger {

    private static final String REPORT = "/organisations/southend/reports/2019-01";

    @Autowired
    private Organisations organisations;
    @Autowired
    private Imports imports;
    @Autowired
    private Indicators indicators;

    @BeforeEach
    void demoData() {
        DemoOrganisations.southend(organisations, imports, indicators, views);
        DemoOrganisations.kent(organisations, imports, indicators, views);
    }

    @Test
    void aPublicationWithoutACommitteeIsRefusedBesideItsFieldAndScrutinyMayNotPublish() throws Exception {
        SignedInSession performance = SignedInSession.of(baseUrl(), "performance", "demo");
        int before = Jsoup.parse(performance.get(REPORT).body()).select("a[href*='?publication=']").size();

        HttpResponse<String> refused = performance.post(REPORT, REPORT + "/publish", "committee=+&title=");
        Document page = Jsoup.parse(refused.body());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(page.title()).startsWith("Error: Performance report: January 2019");
        assertThat(page.select(".govuk-error-summary a[href='#committee']").text())
                .isEqualTo("Enter the committee the report is issued to");
        assertThat(page.select("#committee-error").text()).contains("Enter the committee the report is issued to");
        assertThat(page.select("details.govuk-details").attr("open")).as("the form shows").isNotNull();
        assertThat(Jsoup.parse(performance.get(REPORT).body()).select("a[href*='?publication=']"))
                .as("nothing published").hasSize(before);

        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");
        assertThat(Jsoup.parse(scrutiny.get(REPORT).body()).select("form[action$='/publish']"))
                .as("no form for those who may not publish").isEmpty();
        assertThat(scrutiny.post(REPORT, REPORT + "/publish", "committee=People+Scrutiny").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReportAsOfAMomentBeforeAnyIndicatorSaysItHasNone() throws Exception {
        SignedInSession auditor = SignedInSession.of(baseUrl(), "auditor", "demo");

        HttpResponse<String> before = auditor.get(REPORT + "?asOf.day=1&asOf.month=1&asOf.year=2000&asOf.time=00:00");

        assertThat(before.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(before.body());
        assertThat(page.select("section[aria-labelledby=section-2] .govuk-inset-text").text())
                .isEqualTo("This report has no indicators: as the ledger knew it then, the organisation had no "
                        + "indicator measured at this period.");
        assertThat(Jsoup.parse(auditor.get(REPORT).body()).select("section[aria-labelledby=section-2] "
                + ".govuk-inset-text")).as("not when it has indicators").isEmpty();
    }

    @Test
    void anUnknownPublicationIsNotFoundAndChangesAreForMonthsOnly() throws Exception {
        SignedInSession auditor = SignedInSession.of(baseUrl(), "auditor", "demo");

        assertThat(auditor.get(REPORT + "?publication=999").statusCode()).isEqualTo(404);
        assertThat(auditor.get(REPORT + ".pdf?publication=999").statusCode()).isEqualTo(404);
        assertThat(auditor.get("/organisations/southend/reports/2019-13").statusCode()).isEqualTo(400);
        HttpResponse<String> future = auditor.get("/organisations/southend/reports/2099-01");
        assertThat(future.statusCode()).as("refused as a value for a period not begun is")
                .isEqualTo(422);
        assertThat(Jsoup.parse(future.body()).select("main").text()).contains("There is a problem with that request",
                "The report for January 2099 (2099-01) cannot be drawn up yet: the period begins on 1 January 2099");
        assertThat(auditor.get("/organisations/southend/reports/2099-01.pdf").statusCode()).isEqualTo(422);

        Document quarter = Jsoup.parse(auditor.get("/organisations/kent/reports/2013-Q2?changes=1").body());
        assertThat(quarter.select(".govuk-inset-text").text())
                .startsWith("What changed since a publication is shown for monthly reports only");
        assertThat(quarter.select("h1").text()).isEqualTo("Performance report: April to June 2013");

        Document badNumber = Jsoup.parse(auditor.get(REPORT + "?publication=first").body());
        assertThat(badNumber.select(".govuk-error-summary").text()).contains("Publication must be a number");
        assertThat(badNumber.select("main .govuk-body-l").text()).startsWith("As the ledger knew it at");
    }

    @Test
    void aPeriodChosenLeadsToItsReport() throws Exception {
        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");

        HttpResponse<String> chosen = scrutiny.get("/organisations/southend/reports?period=2018-19");
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/organisations/southend/reports/2018-19"));

        Document wrong = Jsoup.parse(scrutiny.get("/organisations/southend/reports?period=January").body());
        assertThat(wrong.title()).startsWith("Error: Reports");
        assertThat(wrong.select("#period-error").text()).contains("a month such as 2019-01");
        assertThat(Jsoup.parse(scrutiny.get("/organisations/southend").body())
                .select("a[href='/organisations/southend/reports']")).hasSize(1);
    }
}
