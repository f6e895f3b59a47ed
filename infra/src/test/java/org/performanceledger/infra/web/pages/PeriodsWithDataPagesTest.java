package org.performanceledger.infra.web.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user finds a report with something in it: the organisation's page links the latest month (quarter, term,
 * year) with values, and the report chooser lists the periods with values by kind, not only the latest periods
 * ended, which the demo data does not reach. (Other tests share the running ledger and may record later months:
 * the latest month is whichever the chooser lists first.)
 */
class PeriodsWithDataPagesTest extends RunningLedger {

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
    void theOrganisationPageAndTheChooserLeadToReportsWithValues() throws Exception {
        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");

        Document chooser = Jsoup.parse(scrutiny.get("/organisations/southend/reports").body());
        List<String> months = links(chooser, "Months");
        assertThat(months).hasSize(12)
                .contains("/organisations/southend/reports/2019-01", "/organisations/southend/reports/2018-06")
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(chooser.select("h3").eachText()).as("Southend measures monthly only").containsExactly("Months");
        assertThat(chooser.select("main").text()).contains("earlier: type the period above.");

        Document southend = Jsoup.parse(scrutiny.get("/organisations/southend").body());
        Element latest = southend.selectFirst("main ul.govuk-list a[href^='/organisations/southend/reports/']");
        assertThat(latest.attr("href")).as("the latest month with values").isEqualTo(months.get(0));
        assertThat(latest.text()).startsWith("Performance report for ").endsWith(", the latest month with values");

        Document report = Jsoup.parse(scrutiny.get(latest.attr("href")).body());
        assertThat(report.select("h1").text()).startsWith("Performance report: ");

        Document kent = Jsoup.parse(SignedInSession.of(baseUrl(), "kent-officer", "demo")
                .get("/organisations/kent/reports").body());
        assertThat(kent.select("h3").eachText()).containsExactly("School terms", "Years");
        assertThat(links(kent, "School terms")).contains("/organisations/kent/reports/2012-13-T1");
        assertThat(links(kent, "Years")).contains("/organisations/kent/reports/2012-13")
                .as("2011-12, written as December 2011 is, would open a month's report")
                .doesNotContain("/organisations/kent/reports/2011-12");
        Element term = kent.selectFirst("a[href='/organisations/kent/reports/2012-13-T1']");
        Document kentPage = Jsoup.parse(SignedInSession.of(baseUrl(), "kent-officer", "demo")
                .get("/organisations/kent").body());
        assertThat(kentPage.select("main ul.govuk-list a[href='/organisations/kent/reports/2012-13-T1']").text())
                .as("the organisation page words the term as the chooser does")
                .isEqualTo("Performance report for " + term.text() + ", the latest term with values");
    }

    /** The addresses listed under a heading of the chooser's "Periods with values". */
    private static List<String> links(Document chooser, String heading) {
        Element title = chooser.select("h3").stream().filter(h3 -> h3.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + heading + " in " + chooser.select("h3").eachText()));
        return title.nextElementSibling().select("a").eachAttr("href");
    }
}
