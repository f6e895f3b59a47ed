package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page: the user's organisations, and the returns due where they record returns. */
class StartPageTest extends BrowserTest {

    @Autowired
    Organisations organisations;
    @Autowired
    Imports imports;
    @Autowired
    Indicators indicators;

    @BeforeEach
    void southend() {
        DemoOrganisations.southend(organisations, imports, indicators, views);
    }

    @Test
    void anOfficerSeesTheirOrganisationAndTheReturnsDueTheLateOnesSayingSo() {
        browser.signIn("officer", "demo");

        assertThat(browser.path()).isEqualTo("/");
        WebElement organisation = browser.find("main table a[href='/organisations/southend']");
        assertThat(organisation.getText()).isEqualTo("Southend-on-Sea Borough Council");
        assertThat(browser.find("#returns-due-southend").getText())
                .isEqualTo("Returns due: Southend-on-Sea Borough Council");
        // The demo values end in January 2019: every monthly indicator owes its latest month, and is late.
        List<WebElement> rows = browser.findAll(".ledger-returns-due tbody tr");
        assertThat(rows).isNotEmpty();
        WebElement councilTax = rows.stream().filter(row -> row.getText().startsWith("CP 4.3")).findFirst()
                .orElseThrow();
        assertThat(councilTax.findElement(By.cssSelector(".govuk-tag")).getText())
                .isEqualTo("Late");
        WebElement record = councilTax.findElement(By.cssSelector("a"));
        String owed = councilTax.findElements(By.cssSelector("td")).get(0).getText();
        assertThat(record.getAttribute("textContent").replaceAll("\\s+", " ").strip())
                .as("the link says what it records, for a screen reader")
                .isEqualTo("Record value for CP 4.3, " + owed);
        browser.assertNoAccessibilityViolations();

        browser.clickAndWait(record);

        assertThat(browser.path()).startsWith("/organisations/southend/indicators/CP%204.3/values/record?period=");
        assertThat(browser.heading()).as("the record form, not a missing page").isEqualTo("Record a value");
        String period = browser.find("#period").getAttribute("value");
        assertThat(period).as("the period owed, filled in").matches("\\d{4}-\\d{2}");
        assertThat(owed).as("the period the start page said is owed")
                .isEqualTo(YearMonth.parse(period).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
    }
}
