package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's register, an indicator's page and the forms that record something about an indicator, used as
 * Southend's officer and performance team use them (Southend's demo data: CP 5.4 has values from April 2017 to
 * January 2019, and none after).
 */
class IndicatorPagesTest extends BrowserTest {

    private static final String CP_5_4 = "/organisations/southend/indicators/CP%205.4";

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
    void anOfficerRecordsAValueForAMonthWithoutOneThenCorrectsItAndSeesBothVersionsWithTheReason() {
        browser.signIn("officer", "demo");
        browser.open("/organisations/southend");
        browser.clickAndWait(browser.find("a[href='" + CP_5_4 + "']"));
        browser.clickAndWait(link("Record a value"));

        assertThat(browser.heading()).isEqualTo("Record a value");
        browser.find("#period").sendKeys("2019-02");
        browser.find("label[for='value.state']").click();
        browser.find("[id='value.number']").sendKeys("6.9");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo(CP_5_4);
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Value recorded for February 2019");
        assertThat(valueRows("February 2019")).singleElement().satisfies(row -> assertThat(row)
                .contains("6.9", "Recorded", "Late", "Demo Officer"));

        WebElement correct = browser.find("#values a[href='" + CP_5_4 + "/values/2019-02/correct']");
        assertThat(correct.getAccessibleName())
                .isEqualToNormalizingWhitespace("Correct the value for February 2019");
        browser.clickAndWait(correct);
        assertThat(browser.heading()).isEqualTo("Correct the value for February 2019");
        assertThat(browser.find("main dl").getText()).contains("Value now", "6.9", "Demo Officer");
        WebElement number = browser.find("[id='value.number']");
        assertThat(number.getAttribute("value")).as("the form starts from the value it replaces").isEqualTo("6.9");
        number.clear();
        number.sendKeys("7.05");
        browser.find("#reason").sendKeys("Payroll restated February's absences");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Value corrected for February 2019");
        assertThat(valueRows("February 2019")).as("newest first").satisfiesExactly(
                corrected -> assertThat(corrected).contains("7.05", "Corrected", "6.9",
                        "Payroll restated February's absences", "Demo Officer"),
                recorded -> assertThat(recorded).contains("6.9", "Recorded", "Late"));
    }

    @Test
    void thePerformanceTeamChangesATargetAndSeesItWithItsToleranceAuthorityAndTheEarlierVersion() {
        browser.signIn("performance", "demo");
        browser.open(CP_5_4);
        showTab("targets");
        browser.clickAndWait(browser.find("#targets a[href='" + CP_5_4 + "/targets/set?year=2018-19']"));

        assertThat(browser.heading()).isEqualTo("Set a target");
        assertThat(browser.find("#number").getAttribute("value")).as("the form starts from the target in force")
                .isEqualTo("7.20");
        assertThat(browser.find("#profile").getAttribute("value")).startsWith("2018-04 0.51\n2018-05 1.10");
        WebElement number = browser.find("#number");
        number.clear();
        number.sendKeys("7.0");
        browser.find("label[for='toleranceKind-3']").click();
        browser.find("#tolerancePercent").sendKeys("5");
        WebElement authority = browser.find("#authority");
        authority.clear();
        authority.sendKeys("Cabinet, 19 March 2019");
        browser.find("#reason").sendKeys("Corporate plan refresh");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo(CP_5_4);
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Target set for 2018 to 2019");
        showTab("targets");
        WebElement card = browser.findAll("#targets .govuk-summary-card").stream()
                .filter(each -> each.getText().contains("Target for 2018 to 2019")).findFirst().orElseThrow();
        assertThat(card.getText()).contains("7.0", "5% of target", "April 2018: 0.51", "Cabinet, 19 March 2019",
                "Corporate plan refresh", "Demo Performance Team", "It replaced", "7.20",
                "Earlier targets for 2018 to 2019 (1)");
    }

    @Test
    void thePerformanceTeamRegistersAnIndicatorThenAmendsOnlyItsShortName() {
        browser.signIn("performance", "demo");
        browser.open("/organisations/southend");
        browser.clickAndWait(link("Register an indicator"));

        browser.find("#code").sendKeys("CP 9.1");
        browser.find(definitionField("shortName")).sendKeys("Adults helped to live at home");
        browser.find("label[for='definition[polarity]']").click();
        browser.find(definitionField("unit")).sendKeys("%");
        browser.find(definitionField("corporateAim")).sendKeys("HEALTHY");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/organisations/southend/indicators/CP%209.1");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Indicator CP 9.1 registered");
        assertThat(browser.heading()).isEqualTo("CP 9.1 Adults helped to live at home");

        browser.clickAndWait(link("Amend the definition"));
        assertThat(browser.find(definitionField("corporateAim")).getAttribute("value")).isEqualTo("HEALTHY");
        WebElement shortName = browser.find(definitionField("shortName"));
        shortName.clear();
        shortName.sendKeys("Adults helped to live independently at home");
        browser.find("#reason").sendKeys("Wording agreed with the service");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Definition amended");
        assertThat(browser.heading()).isEqualTo("CP 9.1 Adults helped to live independently at home");
        showTab("definition");
        assertThat(browser.find("#definition").getText()).contains("Aim to Maximise", "%", "HEALTHY");
    }

    @Test
    void anOfficerDraftsCommentaryDeclaresAnExpectedOutcomeAndRecordsAnOutturn() {
        browser.signIn("officer", "demo");
        browser.open(CP_5_4 + "/commentary/draft?period=2019-01");
        assertThat(browser.find("#explanation").getAttribute("value")).as("a redraft starts from the latest draft")
                .startsWith("The council's absence levels have been below the target");
        browser.find("#actions").sendKeys("Workshops with the new Occupational Health provider");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.find(".govuk-notification-banner").getText())
                .contains("Commentary drafted for January 2019");

        browser.open(CP_5_4 + "/expected-outcome/declare?period=2019-01");
        browser.find("label[for='outcome-2']").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        showTab("commentary");
        WebElement january = browser.findAll("#commentary .govuk-summary-card").stream()
                .filter(card -> card.getText().startsWith("January 2019")).findFirst().orElseThrow();
        assertThat(january.getText()).contains("Some slippage against target", "Earlier: At risk of missing target",
                "Workshops with the new Occupational Health provider", "Draft 2: Demo Officer",
                "Earlier drafts (1)");

        browser.open(CP_5_4 + "/outturns/record?year=2017-18");
        browser.find("label[for='kind-2']").click();
        browser.find("label[for='value.state']").click();
        browser.find("[id='value.number']").sendKeys("7.14");
        browser.find("#reason").sendKeys("Year-end payroll figures");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Outturn recorded for 2017 to 2018");
        showTab("outturns");
        assertThat(browser.find("#outturns tbody tr").getText()).contains("2017 to 2018", "Final", "7.14",
                "Year-end payroll figures", "Demo Officer");
    }

    @Test
    void aRefusedFormShowsTheErrorSummaryLinkingToEachFieldAtFault() {
        browser.signIn("officer", "demo");

        // Refused by the form: a correction needs a reason.
        browser.open(CP_5_4 + "/values/2019-01/correct");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.driver().getTitle()).isEqualTo("Error: Correct a value – Performance Ledger");
        assertThat(summaryLinks()).containsExactly("Enter the reason for the correction #reason");
        assertThat(browser.find("#reason-error").getText()).contains("Enter the reason for the correction");

        // Refused by the ledger: CP 4.3 is a percentage, and 120 is not one. Nothing is recorded.
        browser.open("/organisations/southend/indicators/CP%204.3/values/record?period=2019-03");
        browser.find("label[for='value.state']").click();
        browser.find("[id='value.number']").sendKeys("120");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(summaryLinks()).containsExactly("120 is not a percentage between 0 and 100 #value.number");
        assertThat(browser.find("[id='value.number-error']").getText()).contains("120 is not a percentage");
        assertThat(browser.find("[id='value.number']").getAttribute("value")).isEqualTo("120");
        browser.find(".govuk-error-summary__list a").click();
        assertThat(browser.focused()).isEqualTo(browser.find("[id='value.number']"));
        browser.open("/organisations/southend/indicators/CP%204.3");
        assertThat(valueRows("March 2019")).as("nothing was recorded").isEmpty();
    }

    @Test
    void anOfficerRecordsAValueByKeyboardAlone() {
        browser.signIn("officer", "demo");
        browser.open("/organisations/southend/indicators/CP%205.5");

        browser.tabTo("a[href$='/values/record']", 30);
        WebElement page = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(page);
        browser.tabTo("#period", 20);
        browser.press("2019-02");
        browser.pressTab();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("value.state");
        browser.press(Keys.SPACE);
        browser.pressTab();
        assertThat(browser.focused().getAttribute("id")).as("the revealed field is next").isEqualTo("value.number");
        browser.press("28000");
        browser.tabTo("main form button[type=submit]", 10);
        page = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(page);

        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Value recorded for February 2019");
        assertThat(valueRows("February 2019")).singleElement().satisfies(row -> assertThat(row).contains("28000"));
    }

    @Test
    void theRegisterIsFilteredAndSearchedThroughItsAddress() {
        browser.signIn("performance", "demo");
        browser.open("/organisations/southend");
        int all = browser.findAll("main table tbody tr").size();
        assertThat(all).as("Southend's 29, and any a test registered").isGreaterThanOrEqualTo(29);
        assertThat(browser.find("#register-count").getText()).isEqualTo("Showing " + all + " of " + all
                + " indicators");
        assertThat(link("Audit trail").getAttribute("href")).endsWith("/organisations/southend/audit");

        new Select(browser.find("#aim")).selectByValue("EXCELLENT");
        browser.find("#q").sendKeys("sickness");
        browser.clickAndWait(browser.find("form[role=search] button[type=submit]"));

        assertThat(browser.path()).contains("aim=EXCELLENT").contains("q=sickness");
        assertThat(browser.findAll("main table tbody tr")).extracting(WebElement::getText).singleElement()
                .satisfies(row -> assertThat(row).startsWith("CP 5.4").contains("Aim to Minimise", "Monthly",
                        "Strategic Services", "EXCELLENT", "Active"));
        assertThat(browser.find("#register-count").getText()).isEqualTo("Showing 1 of " + all + " indicators");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void aScrutinyMemberReadsTheIndicatorButIsOfferedNoFormAndRefusedOne() {
        browser.signIn("scrutiny", "demo");
        browser.open("/organisations/southend");
        assertThat(browser.findAll("a[href='/organisations/southend/audit']")).as("no audit trail link").isEmpty();
        browser.open(CP_5_4);
        assertThat(browser.findAll("a[href$='/values/record'], a[href$='/targets/set'], a[href$='/amend']"))
                .isEmpty();

        browser.open(CP_5_4 + "/values/record");
        assertThat(browser.heading()).isEqualTo("You cannot do that");
        assertThat(browser.find("main").getText()).contains("you need the role OFFICER or PERFORMANCE");
    }

    private WebElement link(String text) {
        return browser.findAll("main a").stream().filter(a -> a.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No link '" + text + "' on " + browser.path()));
    }

    /** Opens a tab of the indicator's page, as a person clicks it. */
    private void showTab(String id) {
        browser.find(".govuk-tabs__tab[href='#" + id + "']").click();
        assertThat(browser.find("#" + id).isDisplayed()).isTrue();
    }

    /** The rows of the values tab for a period, newest first, as text. */
    private List<String> valueRows(String period) {
        showTab("values");
        return browser.findAll("#values tbody tr").stream().map(WebElement::getText)
                .filter(row -> row.startsWith(period)).toList();
    }

    private List<String> summaryLinks() {
        return browser.findAll(".govuk-error-summary__list a").stream()
                .map(a -> a.getText() + " " + a.getAttribute("href").replaceFirst("^[^#]*", "")).toList();
    }

    /** The input of a field of the definition: bound to, and named by, its entry of the form's definition map. */
    private static String definitionField(String field) {
        return "[id='definition[" + field + "]']";
    }
}
