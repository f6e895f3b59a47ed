package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.infra.security.ConfiguredUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor reads an organisation's trail, filters and downloads it, reads a user's activity, verifies the store. */
class AuditPagesTest extends BrowserTest {

    private static final String REASON = "Restated after the year-end reconciliation";

    @Autowired
    Organisations organisations;
    @Autowired
    Imports imports;
    @Autowired
    Indicators indicators;
    @Autowired
    IndicatorYears years;
    @Autowired
    AuditTrail audit;
    @Autowired
    ConfiguredUsers users;

    /** Southend's demo data, recorded by the demo loader, and one correction of it by the officer. */
    @BeforeEach
    void southendWithACorrectionByTheOfficer() {
        DemoOrganisations.southend(organisations, imports, indicators, views);
        if (officersCorrections() == 0) {
            years.correctValue(caller("officer"), "southend", "CP 4.3", "2017-04", new IndicatorYears.Correction(
                    MeasuredValue.of(new BigDecimal("10.5")), null, null, REASON, null));
        }
    }

    @Test
    void anAuditorFiltersSouthendsTrailByIndicatorAndUserDownloadsItAndVerifiesTheStore() {
        browser.signIn("auditor", "demo");
        browser.clickAndWait(browser.find(".govuk-service-navigation__link[href='/audit']"));
        browser.clickAndWait(browser.find("main a[href='/organisations/southend/audit']"));

        assertThat(browser.heading()).isEqualTo("Audit trail");
        long all = audit.organisationTrail(caller("auditor"), "southend", AuditTrail.Filter.NONE, 0, 1)
                .totalEntries();
        assertThat(browser.find("#entries").getText()).isEqualTo(String.format(Locale.UK, "%,d entries", all));
        assertThat(browser.findAll(".ledger-timeline__item")).hasSize((int) Math.min(all, 50));
        assertThat(browser.find(".govuk-pagination__item--current").getText()).isEqualTo("1");
        browser.assertNoAccessibilityViolations();

        browser.find("#code").sendKeys("CP 4.3");
        browser.find("#user").sendKeys("officer");
        browser.clickAndWait(browser.find("form.ledger-filter button[type=submit]"));

        assertThat(browser.path()).startsWith("/organisations/southend/audit?").contains("code=CP+4.3", "user=officer");
        assertThat(browser.find("#entries").getText()).isEqualTo("1 entry matches the filters");
        WebElement entry = browser.find(".ledger-timeline__item");
        assertThat(entry.findElement(By.cssSelector("h3")).getText()).isEqualTo("Value corrected: CP 4.3, April 2017");
        assertThat(entry.findElement(By.cssSelector(".ledger-timeline__byline")).getText())
                .isEqualTo("by Demo Officer (officer), Officer");
        assertThat(entry.findElement(By.cssSelector("time")).getText())
                .matches("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2}");
        assertThat(entry.findElement(By.cssSelector(".govuk-summary-list")).getText())
                .contains("Change", "→", "10.5", "Why", REASON, "Source", "web");
        assertThat(browser.find("#code").getAttribute("value")).as("the filter stays in its form").isEqualTo("CP 4.3");

        // The download is the same filter's whole trail, from the page's own session (no Basic auth).
        WebElement download = browser.find("a[download]");
        assertThat(download.getAttribute("href"))
                .endsWith("/organisations/southend/audit.csv?code=CP%204.3&user=officer");
        @SuppressWarnings("unchecked")
        List<Object> csv = (List<Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => response.text().then(text =>
                    done([response.status, response.headers.get('Content-Type'), text])));
                """, download.getAttribute("href"));
        assertThat(csv.get(0)).isEqualTo(200L);
        assertThat((String) csv.get(1)).startsWith("text/csv");
        List<String> lines = ((String) csv.get(2)).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Recorded at,Recorded by");
        assertThat(lines.get(1)).contains("officer", "CP 4.3", "2017-04", "Value corrected", REASON);

        browser.clickAndWait(browser.find(".govuk-service-navigation__link[href='/audit']"));
        browser.clickAndWait(browser.find("main a[href='/audit/verification']"));
        assertThat(browser.heading()).isEqualTo("Verify the event store");
        browser.assertNoAccessibilityViolations();
        browser.clickAndWait(browser.find("main form[action='/audit/verification'] button"));

        assertThat(browser.path()).isEqualTo("/audit/verification");
        assertThat(browser.find(".govuk-notification-banner--success").getText())
                .matches("(?s)Success\\s+The event store is intact through global index [\\d,]+");
        assertThat(browser.find("main .govuk-tag").getText()).isEqualTo("Intact");
        assertThat(browser.find(".ledger-digest").getText()).matches("[0-9a-f]{64}");
        assertThat(browser.find("main .govuk-summary-list").getText()).contains("Events checked", "Time taken");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void anAuditorSeesWhatOneUserRecordedAcrossOrganisations() {
        browser.signIn("auditor", "demo");
        browser.open("/audit");
        browser.clickAndWait(browser.find("main a[href='/audit/activity']"));

        browser.find("#user").sendKeys("officer");
        browser.find("#from").sendKeys("30");
        browser.find("#from-month").sendKeys("2");
        browser.find("#from-year").sendKeys("2019");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        WebElement problem = browser.find(".govuk-error-summary__list a");
        assertThat(problem.getText()).isEqualTo("From date must be a real date");
        assertThat(problem.getAttribute("href")).endsWith("#from");
        browser.assertNoAccessibilityViolations();

        browser.find("#from").clear();
        browser.find("#from").sendKeys("1");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        long recorded = audit.userTrail(caller("auditor"), "officer", null, null, 0, 1).totalEntries();
        assertThat(browser.find("#entries").getText())
                .isEqualTo(recorded + (recorded == 1 ? " entry" : " entries") + " by Demo Officer (officer)");
        assertThat(browser.findAll(".ledger-timeline__item .ledger-timeline__byline"))
                .extracting(WebElement::getText).allMatch(byline -> byline.contains("(officer)"));
        assertThat(browser.find(".ledger-timeline__item .govuk-summary-list").getText())
                .contains("Organisation", "Southend-on-Sea Borough Council").doesNotContain("southend");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void theAuditTrailIsFilteredByKeyboardAlone() {
        browser.signIn("auditor", "demo");

        browser.tabTo(".govuk-service-navigation__link[href='/audit']", 10);
        WebElement start = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(start);
        browser.tabTo("main a[href='/organisations/southend/audit']", 15);
        WebElement index = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(index);
        browser.tabTo("#code", 15);
        browser.press("CP 4.3");
        browser.tabTo("form.ledger-filter button[type=submit]", 12);
        WebElement trail = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(trail);

        assertThat(browser.path()).contains("code=CP+4.3");
        assertThat(browser.findAll(".ledger-timeline__title")).isNotEmpty()
                .extracting(WebElement::getText).allMatch(title -> title.contains(": CP 4.3"));
    }

    private long officersCorrections() {
        return audit.organisationTrail(caller("auditor"), "southend",
                new AuditTrail.Filter("CP 4.3", "officer", null, null), 0, 1).totalEntries();
    }

    private Caller caller(String username) {
        return Caller.web(users.find(username).orElseThrow().user());
    }
}
