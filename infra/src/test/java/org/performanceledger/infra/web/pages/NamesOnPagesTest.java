package org.performanceledger.infra.web.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and organisations are named as people read them: who registered an indicator by their display name (as
 * recorded with the registration), and the organisations of a user's activity and of a user's roles by their names,
 * not their ids.
 */
class NamesOnPagesTest extends RunningLedger {

    @Autowired
    private Organisations organisations;
    @Autowired
    private Imports imports;
    @Autowired
    private Indicators indicators;

    @BeforeEach
    void southend() {
        DemoOrganisations.southend(organisations, imports, indicators, views);
    }

    @Test
    void whoRegisteredAnIndicatorIsNamed() throws Exception {
        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");

        Document indicator = Jsoup.parse(scrutiny.get("/organisations/southend/indicators/CP%204.3").body());

        String registered = indicator.select(".govuk-summary-list__row").stream()
                .filter(row -> row.select("dt").text().equals("Registered")).findFirst().orElseThrow()
                .select("dd").text();
        assertThat(registered).startsWith("Demo data loader, ").doesNotContain("demo-loader");
    }

    @Test
    void theOrganisationsOfAUsersActivityAndOfTheUsersRolesAreNamed() throws Exception {
        SignedInSession auditor = SignedInSession.of(baseUrl(), "auditor", "demo");

        Document activity = Jsoup.parse(auditor.get("/audit/activity?user=demo-loader").body());

        assertThat(activity.select("#entries").text()).endsWith(" by Demo data loader (demo-loader)");
        assertThat(activity.select(".ledger-timeline__item a[href='/organisations/southend/audit']").eachText())
                .isNotEmpty().containsOnly("Southend-on-Sea Borough Council");
        Document start = Jsoup.parse(SignedInSession.of(baseUrl(), "officer", "demo").get("/").body());
        assertThat(start.select("main .govuk-summary-list").text()).contains("In Southend-on-Sea Borough Council")
                .doesNotContain("In southend");
        Document administration = Jsoup.parse(SignedInSession.of(baseUrl(), "admin", "demo").get("/admin").body());
        assertThat(administration.select("main tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .startsWith("officer Demo Officer").contains("Officer in Southend-on-Sea Borough Council"));
    }
}
