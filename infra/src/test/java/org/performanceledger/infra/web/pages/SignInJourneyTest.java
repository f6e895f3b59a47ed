package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out in a browser, as the ledger's users do, by mouse and by keyboard alone. */
class SignInJourneyTest extends BrowserTest {

    @Test
    void aPageAskedForBeforeSigningInLeadsToTheSignInPageWhichHasNoAccessibilityViolations() {
        browser.open("/");

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.driver().getTitle()).isEqualTo("Sign in – Performance Ledger");
        assertThat(browser.heading()).isEqualTo("Sign in");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void theSignInPageIsStyledAndScriptedByGovukFrontendServedFromTheApplicationItself() {
        browser.open("/sign-in");

        // The module script ran: GOV.UK Frontend is started, and its password input has its "Show" button.
        assertThat(browser.find("body").getAttribute("class")).contains("govuk-frontend-supported");
        assertThat(browser.find(".govuk-password-input__toggle").isDisplayed()).isTrue();
        // Every file the page loaded came from the application, and was there; the font came from /assets.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> resources = (List<Map<String, Object>>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done(performance.getEntriesByType('resource')
                    .map(entry => ({name: entry.name, status: entry.responseStatus}))));
                """);
        assertThat(resources).extracting(resource -> (String) resource.get("name"))
                .allSatisfy(name -> assertThat(name).startsWith(baseUrl() + "/"))
                .anySatisfy(name -> assertThat(name).endsWith("/dist/govuk/govuk-frontend.min.css"))
                .anySatisfy(name -> assertThat(name).endsWith("/dist/govuk/govuk-frontend.min.js"))
                .anySatisfy(name -> assertThat(name).endsWith("/js/ledger.js"))
                .anySatisfy(name -> assertThat(name).matches(".*/assets/fonts/.*\\.woff2"));
        assertThat(resources).extracting(resource -> ((Number) resource.get("status")).intValue())
                .containsOnly(200);
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryLinkingToTheField() {
        browser.signIn("officer", "not-the-password");

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.driver().getTitle()).isEqualTo("Error: Sign in – Performance Ledger");
        WebElement summary = browser.find(".govuk-error-summary");
        assertThat(summary.getText()).contains("There is a problem", "Enter a correct username and password");
        // GOV.UK Frontend moves the focus to the summary, so a screen reader announces it first.
        assertThat(browser.focused()).isEqualTo(summary);
        WebElement link = browser.find(".govuk-error-summary__list a");
        assertThat(link.getAttribute("href")).endsWith("#username");
        assertThat(browser.find("#username-error").getText()).contains("Enter a correct username and password");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("officer");
        assertThat(browser.find("#password").getAttribute("value")).as("a password is never sent back").isEmpty();
        browser.assertNoAccessibilityViolations();

        link.click();
        assertThat(browser.focused()).isEqualTo(browser.find("#username"));
    }

    @Test
    void emptyFieldsAreEachNamedInTheErrorSummary() {
        browser.signIn("", "");

        assertThat(browser.findAll(".govuk-error-summary__list a"))
                .extracting(link -> link.getText() + " " + link.getAttribute("href").replace(baseUrl(), ""))
                .containsExactly("Enter your username /sign-in#username", "Enter your password /sign-in#password");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void signingInAsAnOfficerShowsTheStartPageWithTheirNameAndRole() {
        browser.signIn("officer", "demo");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.driver().getTitle()).isEqualTo("Home – Performance Ledger");
        assertThat(browser.find("main").getText()).contains("Signed in as Demo Officer", "Officer",
                "In southend", "records returns, corrections");
        assertThat(browser.find(".govuk-service-navigation__item--active").getText()).isEqualTo("Home");
        assertThat(browser.find(".ledger-sign-out__button").getText()).isEqualTo("Sign out");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void theWholeJourneyWorksByKeyboardAlone() {
        browser.open("/sign-in");

        browser.pressTab();
        assertThat(browser.focused().getText()).as("the first Tab reaches the skip link").isEqualTo(
                "Skip to main content");
        browser.tabTo("#username", 3);
        browser.press("officer");
        browser.pressTab();
        assertThat(browser.focused()).isEqualTo(browser.find("#password"));
        browser.press("demo");
        browser.pressTab();
        assertThat(browser.focused().getText()).as("the password's Show button").isEqualTo("Show");
        browser.pressTab();
        assertThat(browser.focused().getText()).isEqualTo("Sign in");
        WebElement signInPage = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(signInPage);

        assertThat(browser.find("main").getText()).contains("Signed in as Demo Officer");
        browser.tabTo(".ledger-sign-out__button", 5);
        WebElement startPage = browser.page();
        browser.press(Keys.ENTER);
        browser.waitForNewPage(startPage);
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("You have signed out.");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("officer", "demo");
        Cookie session = browser.cookie("JSESSIONID");
        assertThat(session).isNotNull();

        browser.clickAndWait(browser.find(".ledger-sign-out__button"));

        assertThat(browser.path()).isEqualTo("/sign-in?signed-out");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("You have signed out.");
        browser.assertNoAccessibilityViolations();
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
        // The old session is gone on the server too, not only forgotten by this browser.
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(session);
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/sign-in?session-ended");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Your session ended");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        browser.signIn("officer", "demo");

        browser.driver().executeScript(
                "document.querySelectorAll(\"input[name='_csrf']\").forEach(input => input.remove())");
        browser.clickAndWait(browser.find(".ledger-sign-out__button"));

        assertThat(browser.heading()).isEqualTo("The form had expired");
        assertThat(browser.find("#back-to-the-form").getAttribute("href")).isEqualTo(baseUrl() + "/");
        browser.assertNoAccessibilityViolations();
        browser.open("/");
        assertThat(browser.find("main").getText()).as("still signed in").contains("Signed in as Demo Officer");
    }
}
