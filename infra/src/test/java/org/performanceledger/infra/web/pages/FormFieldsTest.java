package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field fragments of {@code fragments/forms.html}, each shown on one test-only page (PagesForTests): as GOV.UK
 * shows them, with their errors inline and in the summary, accessible with and without errors.
 */
class FormFieldsTest extends BrowserTest {

    @BeforeEach
    void signedIn() {
        browser.signIn("performance", "demo");
        browser.open("/test-pages/fields");
    }

    @Test
    void everyKindOfFieldHasItsLabelAndHintAndNoAccessibilityViolations() {
        assertThat(browser.findAll(".govuk-error-summary")).isEmpty();
        assertThat(browser.find("label[for=code]").getText()).isEqualTo("Indicator code");
        assertThat(browser.find("#code").getAttribute("aria-describedby")).isEqualTo("code-hint");
        assertThat(browser.find("#code-hint").getText()).isEqualTo("For example, CP 1.2");
        assertThat(browser.find("#reason").getTagName()).isEqualTo("textarea");
        assertThat(browser.findAll("input[type=radio][name=status]")).extracting(radio -> radio.getAttribute("id"))
                .containsExactly("status", "status-2", "status-3");
        assertThat(browser.find("#colour").getTagName()).isEqualTo("select");
        assertThat(browser.findAll(".govuk-date-input input")).extracting(input -> input.getAttribute("name"))
                .containsExactly("known.day", "known.month", "known.year", "known.time");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void eachErrorIsShownAtItsFieldAndLinkedFromTheSummary() {
        browser.find("#known-month").sendKeys("13");
        browser.clickAndWait(browser.find("main button[type=submit]"));

        assertThat(browser.driver().getTitle()).startsWith("Every field");
        assertThat(browser.findAll(".govuk-error-summary__list li")).extracting(WebElement::getText).containsExactly(
                // The fields' own errors in the order of the fields, then those the page was given.
                "Enter the code", "Enter the reason", "Select a status", "Select a colour",
                "Date and time must include a day and a year and a time",
                "The reason was refused upstream", "Nothing was recorded");
        for (WebElement link : browser.findAll(".govuk-error-summary__list a")) {
            String field = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            WebElement input = browser.find("[id='" + field + "']");
            assertThat(input.getTagName()).as(field).isIn("input", "textarea", "select");
            assertThat(input.findElements(By.xpath("ancestor::div[contains(@class,'govuk-form-group--error')]")))
                    .as(field + " is in a form group marked as in error").isNotEmpty();
        }
        assertThat(browser.find("#code").getAttribute("aria-describedby")).isEqualTo("code-hint code-error");
        assertThat(browser.find("#code-error").getText()).isEqualTo("Error:\nEnter the code");
        assertThat(browser.find("#known-month").getAttribute("value")).as("what was typed is kept").isEqualTo("13");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void aDateThatIsNotRealIsRefusedAsSuch() {
        browser.find("#known").sendKeys("30");
        browser.find("#known-month").sendKeys("2");
        browser.find("#known-year").sendKeys("2019");
        browser.find("#known-time").sendKeys("14:30");
        browser.clickAndWait(browser.find("main button[type=submit]"));

        assertThat(browser.find("#known-error").getText()).contains("Date must be a real date");
    }
}
