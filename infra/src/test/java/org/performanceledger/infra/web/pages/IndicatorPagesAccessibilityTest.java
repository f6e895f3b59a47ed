package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.2 A and AA) on the organisation pages, an indicator's page and every form about an indicator,
 * as it opens and once sent back with its errors; and the indicator's page and a form without JavaScript (the
 * browser's scripts switched off, as some users' are).
 */
class IndicatorPagesAccessibilityTest extends BrowserTest {

    private static final String CP_5_4 = "/organisations/southend/indicators/CP%205.4";

    /** Every form, as first opened: sent as it is, each is refused and shows its errors. */
    private static final List<String> FORMS = List.of(
            CP_5_4 + "/values/record",
            CP_5_4 + "/values/2019-01/correct",
            CP_5_4 + "/values/2019-01/withdraw",
            CP_5_4 + "/targets/set",
            CP_5_4 + "/outturns/record",
            CP_5_4 + "/commentary/draft",
            CP_5_4 + "/expected-outcome/declare",
            CP_5_4 + "/amend",
            "/organisations/southend/register-indicator");

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
    void theOrganisationPagesAndAnIndicatorsPageHaveNoAccessibilityViolations() {
        browser.signIn("performance", "demo");

        browser.open("/organisations");
        assertThat(browser.heading()).isEqualTo("Organisations");
        browser.assertNoAccessibilityViolations();
        browser.open("/organisations/southend");
        browser.assertNoAccessibilityViolations();
        browser.open(CP_5_4);
        assertThat(browser.find("svg.ledger-chart").getAttribute("role")).isEqualTo("img");
        assertThat(browser.find("svg.ledger-chart title").getAttribute("textContent"))
                .isEqualTo("CP 5.4 Working days lost per FTE due to sickness - excluding school staff "
                        + "[Cumulative YTD]: value against target");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void withoutJavaScriptEveryTabAndEveryRevealedFieldShowsAndAFormStillRecords() {
        browser.signIn("officer", "demo");

        openWithoutJavaScript(CP_5_4);
        assertThat(browser.find("body").getAttribute("class")).doesNotContain("govuk-frontend-supported");
        assertThat(List.of("chart", "values", "targets", "commentary", "outturns", "definition"))
                .allSatisfy(panel -> assertThat(browser.find("#" + panel).isDisplayed()).as(panel).isTrue());
        // Every panel shows at once, so axe checks all of them.
        browser.assertNoAccessibilityViolations();

        openWithoutJavaScript(CP_5_4 + "/values/record");
        assertThat(List.of("value.number", "value.tbcReason", "value.notApplicableReason",
                "value.notYetAvailableReason")).allSatisfy(field -> assertThat(
                browser.find("[id='" + field + "']").isDisplayed()).as(field).isTrue());
        browser.assertNoAccessibilityViolations();
        browser.find("#period").sendKeys("2019-03");
        browser.find("[id='value.state-2']").click();
        browser.find("[id='value.tbcReason']").sendKeys("Awaiting the payroll extract");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo(CP_5_4);
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Value recorded for March 2019");
        browser.find(".govuk-tabs__tab[href='#values']").click();
        assertThat(browser.findAll("#values tbody tr")).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).startsWith("March 2019")
                        .contains("TBC (Awaiting the payroll extract)"));
    }

    /**
     * Opens a page with the browser's scripts switched off, as some users' are, then on again: the page stays as it
     * was drawn without them (GOV.UK Frontend never started), and axe, which needs scripts, can check it.
     */
    private static void openWithoutJavaScript(String path) {
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(path);
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void everyFormHasNoAccessibilityViolationsAsItOpensAndWithItsErrors() {
        browser.signIn("performance", "demo");

        for (String form : FORMS) {
            browser.open(form);
            assertThat(browser.findAll(".govuk-error-summary")).as(form).isEmpty();
            browser.assertNoAccessibilityViolations();

            browser.clickAndWait(browser.find("main form button[type=submit]"));
            assertThat(browser.driver().getTitle()).as(form).startsWith("Error: ");
            assertThat(browser.findAll(".govuk-error-summary__list a")).as(form).isNotEmpty()
                    .allSatisfy(link -> assertThat(browser.findAll("[id='"
                            + link.getAttribute("href").replaceFirst("^[^#]*#", "") + "']"))
                            .as("the field %s links to", link.getAttribute("href")).hasSize(1));
            browser.assertNoAccessibilityViolations();
        }
    }
}
