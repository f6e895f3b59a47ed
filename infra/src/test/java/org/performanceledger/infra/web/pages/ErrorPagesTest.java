package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser shows when something goes wrong: GOV.UK-style pages, never a JSON document. */
class ErrorPagesTest extends BrowserTest {

    @Test
    void aPageThatDoesNotExistIsPageNotFound() {
        browser.signIn("scrutiny", "demo");

        browser.open("/no-such-page");

        assertThat(browser.driver().getTitle()).isEqualTo("Page not found – Performance Ledger");
        assertThat(browser.find("main").getText()).contains("If you typed the web address, check it is correct.");
        assertThat(browser.find(".ledger-sign-out__button").isDisplayed()).as("still signed in").isTrue();
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void aFileThatDoesNotExistIsPageNotFoundAlsoBeforeSigningIn() {
        browser.open("/assets/no-such-file.png");

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.findAll(".ledger-sign-out__button")).isEmpty();
        browser.assertNoAccessibilityViolations();
        assertThat(browser.consoleErrors()).as("only the missing file itself").singleElement().asString()
                .startsWith(baseUrl() + "/assets/no-such-file.png - Failed to load resource");
    }

    @Test
    void aPageThatFailsSaysSorryThereIsAProblemWithTheService() {
        browser.signIn("auditor", "demo");

        browser.open("/test-pages/failure");

        assertThat(browser.heading()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(browser.find("main").getText()).contains("Error 500").doesNotContain("IllegalStateException");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void aRequestThePageCannotTakeSaysSo() {
        browser.signIn("auditor", "demo");

        browser.open("/test-pages/number?value=twelve");

        assertThat(browser.heading()).isEqualTo("There is a problem with that request");
        assertThat(browser.find("main").getText()).contains("Error 400");
        browser.assertNoAccessibilityViolations();
    }
}
