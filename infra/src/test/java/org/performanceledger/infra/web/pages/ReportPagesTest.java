package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.events.MeasuredValue;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page used as the performance team and scrutiny use it (Southend's demo data, January 2019): publishing
 * the report; reading it as published and what changed since, after an officer's correction, with who, when and
 * why; every view checked with axe; and the page by keyboard alone.
 */
class ReportPagesTest extends BrowserTest {

    private static final String REPORT = "/organisations/southend/reports/2019-01";
    private static final Caller PERFORMANCE = Caller.web(LedgerUser.person("performance", "Demo Performance Team",
            Set.of(new Grant("southend", Role.PERFORMANCE))));
    private static final Caller OFFICER = Caller.web(LedgerUser.person("officer", "Demo Officer",
            Set.of(new Grant("southend", Role.OFFICER))));

    @Autowired
    private Organisations organisations;
    @Autowired
    private Imports imports;
    @Autowired
    private Indicators indicators;
    @Autowired
    private Publications publications;
    @Autowired
    private IndicatorYears years;

    @BeforeEach
    void southend() {
        DemoOrganisations.southendWithAims(organisations, imports, indicators, publications, views);
    }

    @Test
    void thePerformanceTeamPublishesTheJanuaryReport() throws IOException {
        browser.signIn("performance", "demo");
        browser.open("/organisations/southend");
        browser.clickAndWait(browser.find("main a[href='/organisations/southend/reports']"));
        assertThat(browser.heading()).isEqualTo("Reports");
        browser.assertNoAccessibilityViolations();
        browser.find("#period").sendKeys("2019-01");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo(REPORT);
        assertThat(browser.heading()).isEqualTo("Performance report: January 2019");
        assertThat(browser.find("section[aria-labelledby=section-2]").getText())
                .contains("Aim: SAFE", "Create a safe environment across the town", "86.60%", "4,969,171");
        WebElement outcome = browser.find("section[aria-labelledby=section-2] tr[data-code='CP 3.6'] "
                + ".ledger-report__cell--expectedOutcome");
        WebElement symbol = outcome.findElement(By.cssSelector(".ledger-symbol"));
        assertThat(symbol.getText()).isEqualTo("✔");
        assertThat(symbol.getAttribute("aria-hidden")).as("the symbol is not read out").isEqualTo("true");
        assertThat(outcome.findElement(By.cssSelector(".govuk-visually-hidden")).getAttribute("textContent"))
                .as("its words are, instead").isEqualTo("On course to achieve target");
        assertThat(browser.find("section[aria-labelledby=section-3] svg[role=img]").getAttribute("aria-labelledby"))
                .isNotBlank();
        browser.assertNoAccessibilityViolations();
        screenshot();

        browser.find("details.govuk-details summary").click();
        browser.find("#committee").sendKeys("People Scrutiny");
        browser.find("#title").sendKeys("Monthly Performance Report, January 2019");
        browser.clickAndWait(browser.find("form[action$='/publish'] button[type=submit]"));

        assertThat(browser.path()).startsWith(REPORT + "?publication=");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Report published",
                "to People Scrutiny");
        assertThat(browser.find("main .govuk-body-l").getText()).startsWith("As published to People Scrutiny on ")
                .as("by the name people know the publisher by").contains("by Demo Performance Team");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void scrutinyReadsThePublishedReportAndWhatChangedSinceWithWhoWhenAndWhy() throws InterruptedException {
        int before = publications.list(PERFORMANCE, "southend", "2019-01").size();
        publications.publish(PERFORMANCE, "southend", new Publications.Publication("2019-01", "People Scrutiny",
                null));
        years.correctValue(OFFICER, "southend", "CP 5.5", "2019-01", new IndicatorYears.Correction(
                MeasuredValue.of(new BigDecimal("36010")), null, null, "Duplicate registrations removed by the "
                + "MySouthend team", null));
        views.awaitCaughtUp(Duration.ofSeconds(5));
        int number = publications.list(PERFORMANCE, "southend", "2019-01").size();
        assertThat(number).isEqualTo(before + 1);

        browser.signIn("scrutiny", "demo");
        browser.open(REPORT);
        browser.clickAndWait(browser.find("a[href='" + REPORT + "?publication=" + number + "']"));
        assertThat(browser.find("main .govuk-body-l").getText()).startsWith("As published to People Scrutiny");
        assertThat(section2Row("CP 5.5").getText()).as("as issued").contains("35,852").doesNotContain("36,010");
        browser.assertNoAccessibilityViolations();

        browser.open(REPORT);
        browser.clickAndWait(browser.find("a[href='" + REPORT + "?changes=" + number + "']"));
        WebElement changes = browser.find("section[aria-labelledby=changes-title]");
        assertThat(changes.findElement(By.tagName("h2")).getText())
                .isEqualTo("What changed since publication " + number);
        assertThat(changes.getText()).contains("CP 5.5", "Month's Value", "35,852", "36,010", "Demo Officer",
                "value corrected", "Duplicate registrations removed by the MySouthend team");
        WebElement changed = section2Row("CP 5.5");
        assertThat(changed.getText()).contains("Changed", "36,010", "Published: 35,852");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void theReportWorksByKeyboardAlone() {
        browser.signIn("scrutiny", "demo");
        browser.open(REPORT);

        // A minute from now, UK time: the ledger as it will know it then holds everything recorded so far.
        LocalDateTime moment = LocalDateTime.now(ZoneId.of("Europe/London")).plusMinutes(1);
        browser.tabTo("[id='asOf']", 40);
        browser.press(String.valueOf(moment.getDayOfMonth()));
        browser.pressTab();
        browser.press(String.valueOf(moment.getMonthValue()));
        browser.pressTab();
        browser.press(String.valueOf(moment.getYear()));
        browser.pressTab();
        String time = moment.format(DateTimeFormatter.ofPattern("HH:mm"));
        browser.press(time);
        browser.tabTo("form.ledger-report-controls button[type=submit]", 5);
        WebElement page = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(page);

        String query = "asOf.day=" + moment.getDayOfMonth() + "&asOf.month=" + moment.getMonthValue()
                + "&asOf.year=" + moment.getYear() + "&asOf.time=" + time;
        assertThat(URLDecoder.decode(browser.path(), StandardCharsets.UTF_8)).contains(query);
        assertThat(browser.find("main .govuk-body-l").getText()).isEqualTo("As the ledger knew it at "
                + moment.format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)));
        browser.tabTo("main a[href='" + REPORT + ".pdf?" + query + "']", 60);

        browser.tabTo("section[aria-labelledby=section-2] tr[data-code='CP 1.1'] a", 120);
        page = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(page);
        assertThat(browser.heading()).startsWith("CP 1.1");
    }

    private WebElement section2Row(String code) {
        return browser.find("section[aria-labelledby=section-2] tr[data-code='" + code + "']");
    }

    /**
     * The report page as the README shows it, saved when asked ({@code -Dledger.test.screenshots=docs/screenshots}
     * from the repository root): Section 2's first screen.
     */
    private static void screenshot() throws IOException {
        String directory = System.getProperty("ledger.test.screenshots");
        if (directory == null) {
            return;
        }
        browser.driver().executeScript("document.getElementById('section-2').scrollIntoView();");
        Path folder = Path.of(directory);
        Files.createDirectories(folder);
        Files.write(folder.resolve("report.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    }
}
