package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.infra.security.ConfiguredUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The performance team imports a file in two steps: a dry run shown line by line, then the import itself. */
class ImportPagesTest extends BrowserTest {

    @Autowired
    Organisations organisations;
    @Autowired
    Imports imports;
    @Autowired
    Indicators indicators;
    @Autowired
    ConfiguredUsers users;

    @TempDir
    Path folder;

    @BeforeEach
    void southend() {
        DemoOrganisations.southend(organisations, imports, indicators, views);
    }

    @Test
    void thePerformanceTeamChecksACsvFileSeesWhatItWouldDoAndImportsIt() throws IOException {
        // February 2019 is new to the ledger; January 2018 is in the demo data as it is here.
        Path values = file("values.csv", "code,period,value\nCP 4.3,February 2019,90.10%\nCP 4.3,2018-01,86.80%\n");
        browser.signIn("performance", "demo");
        browser.clickAndWait(browser.find(".govuk-service-navigation__link[href='/imports']"));
        browser.clickAndWait(browser.find("main a[href='/organisations/southend/imports']"));
        assertThat(browser.heading()).isEqualTo("Import files");
        browser.assertNoAccessibilityViolations();

        browser.find("#files").sendKeys(values.toString());
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/organisations/southend/imports/check");
        assertThat(browser.heading()).isEqualTo("Check the import");
        assertThat(rows("#steps")).containsExactly(
                List.of("values.csv", "2", "Add"), List.of("values.csv", "3", "Left alone"));
        assertThat(browser.find("main .govuk-summary-list").getText())
                .contains("values.csv", "To add 1", "To change 0", "Left alone 1", "0 errors, 0 warnings");
        browser.assertNoAccessibilityViolations();

        browser.clickAndWait(browser.find("main form[action$='/imports/confirm'] button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/organisations/southend/imports/result");
        assertThat(browser.find(".govuk-notification-banner--success").getText())
                .contains("Files imported: 1 fact recorded");
        assertThat(rows("#steps")).containsExactly(
                List.of("values.csv", "2", "Added"), List.of("values.csv", "3", "Left alone"));
        browser.assertNoAccessibilityViolations();
        // Recorded: the same file now changes nothing.
        ImportReport again = imports.run(caller("performance"), "southend",
                List.of(new ImportFile("values.csv", Files.readAllBytes(values))), true);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void aFileWithAnErrorIsShownLineByLineAndNothingCanBeImported() throws IOException {
        Path values = file("march.csv", "code,period,value\nCP 4.3,March 2019,12..5\n");
        browser.signIn("performance", "demo");
        browser.open("/organisations/southend/imports");

        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.driver().getTitle()).isEqualTo("Error: Import files – Performance Ledger");
        WebElement missing = browser.find(".govuk-error-summary__list a");
        assertThat(missing.getText()).isEqualTo("Select a CSV file or an Excel workbook");
        assertThat(missing.getAttribute("href")).endsWith("#files");

        browser.find("#files").sendKeys(values.toString());
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.driver().getTitle()).isEqualTo("Error: Check the import – Performance Ledger");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("1 error in the files");
        List<WebElement> problem = browser.find("#problems tbody tr").findElements(By.cssSelector("td"));
        assertThat(problem).extracting(WebElement::getText).startsWith("march.csv", "2").contains("12..5", "Error");
        assertThat(browser.findAll("form[action$='/imports/confirm']")).as("nothing to confirm").isEmpty();
        browser.assertNoAccessibilityViolations();
    }

    /** The file, line and change tag of each row of a table of what the import does. */
    private List<List<String>> rows(String table) {
        return browser.findAll(table + " tbody tr").stream().map(row -> row.findElements(By.cssSelector("td")))
                .map(cells -> List.of(cells.get(0).getText(), cells.get(1).getText(), cells.get(3).getText()))
                .toList();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Caller caller(String username) {
        return Caller.web(users.find(username).orElseThrow().user());
    }
}
