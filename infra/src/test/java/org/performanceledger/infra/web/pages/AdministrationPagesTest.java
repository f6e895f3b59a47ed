package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's page: the views, rebuilding one, and the users (read only). */
class AdministrationPagesTest extends BrowserTest {

    private static final String DIRECTORY = "organisation-directory";

    @Test
    void anAdministratorSeesTheViewsAndTheUsersAndRebuildsAView() {
        browser.signIn("admin", "demo");
        browser.clickAndWait(browser.find(".govuk-service-navigation__link[href='/admin']"));

        assertThat(browser.heading()).isEqualTo("Administration");
        assertThat(browser.findAll("main table:first-of-type tbody th")).extracting(WebElement::getText)
                .contains("audit-trail", "indicator-history", "indicator-register", DIRECTORY);
        assertThat(userRow("auditor")).contains("Auditor in every organisation");
        assertThat(userRow("officer")).contains("Demo Officer", "Officer in ");
        assertThat(browser.findAll("main form[action='/admin/views/rebuild']")).isNotEmpty();
        browser.assertNoAccessibilityViolations();

        browser.clickAndWait(viewRow(DIRECTORY).findElement(By.cssSelector("button")));

        assertThat(browser.path()).isEqualTo("/admin");
        assertThat(browser.find(".govuk-notification-banner--success").getText()).contains("Rebuilding " + DIRECTORY);
        // Its progress shows on reload, until the rebuilt view is swapped in.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ignored -> {
            browser.driver().navigate().refresh();
            return viewRow(DIRECTORY).findElement(By.cssSelector(".govuk-tag")).getText().equals("Caught up");
        });
    }

    @Test
    void anOfficerHasNoAdministrationAuditOrImportAndIsRefusedTheirPages() {
        browser.signIn("officer", "demo");

        assertThat(browser.findAll(".govuk-service-navigation__link")).extracting(WebElement::getText)
                .doesNotContain("Administration", "Audit", "Import");
        for (String page : List.of("/admin", "/audit/verification", "/organisations/southend/imports")) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo("You cannot do that");
        }
    }

    private WebElement viewRow(String name) {
        return browser.findAll("main tbody tr").stream()
                .filter(row -> row.findElement(By.cssSelector("th")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for the view " + name));
    }

    private String userRow(String username) {
        List<WebElement> rows = browser.findAll("main tbody tr");
        return rows.stream().filter(row -> row.findElement(By.cssSelector("th")).getText().equals(username))
                .findFirst().map(WebElement::getText).orElseThrow(() -> new AssertionError("No user " + username));
    }
}
