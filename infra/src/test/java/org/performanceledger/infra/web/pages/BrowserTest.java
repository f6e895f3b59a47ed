package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test of pages in a real browser: extend it, and use {@link #browser} as a person would (open a page, type,
 * Tab, click, read what is shown). Each test starts signed out; after each, the browser's console must have
 * reported no error (no script failed, nothing was refused by the Content-Security-Policy, no resource missing).
 */
abstract class BrowserTest extends RunningLedger {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void signedOut() {
        browser.startAt(baseUrl());
    }

    @AfterEach
    void noErrorsInTheConsole() {
        assertThat(browser.consoleErrors()).as("errors in the browser's console").isEmpty();
    }
}
