package org.performanceledger.infra.web.pages;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium per test class, driven through Selenium: Debian's {@code chromium} and
 * {@code chromium-driver} (installed by {@code .ci/run}), named by path so that Selenium Manager never looks for,
 * or downloads, a browser or a driver. When a test fails, a screenshot and the page's source are saved under
 * {@code target/browser-screenshots/}. Register it as a static field ({@code @RegisterExtension}).
 * <p>
 * Other paths: {@code -Dledger.test.chromium=...} and {@code -Dledger.test.chromedriver=...}.
 */
final class Browser implements BeforeAllCallback, AfterTestExecutionCallback, AfterAllCallback {

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core: every page must pass all of them. */
    static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Chrome's console line for a page (not a file of it) answered with an error status. */
    private static final Pattern PAGE_STATUS = Pattern.compile(
            "https?://[^/]+/(?!assets/|webjars/|js/|css/|favicon)\\S* - Failed to load resource: "
                    + "the server responded with a status of \\d+ .*");

    private ChromeDriver driver;
    private Path profile;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path chromium = executable("ledger.test.chromium", "/usr/bin/chromium");
        Path chromedriver = executable("ledger.test.chromedriver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("ledger-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1280,1024", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        File screenshot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(screenshot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"),
                "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Where the application runs; every test starts signed out, with no cookies. */
    void startAt(String baseUrl) {
        this.baseUrl = baseUrl;
        driver.get(baseUrl + "/sign-in");
        driver.manage().deleteAllCookies();
        consoleErrors();
    }

    ChromeDriver driver() {
        return driver;
    }

    String baseUrl() {
        return baseUrl;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        // Keys go to the page only once it is loaded and has the focus; on a busy machine neither is certain yet.
        new WebDriverWait(driver, WAIT).until(
                ignored -> "complete".equals(driver.executeScript("return document.readyState")));
        driver.executeScript("window.focus();");
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String heading() {
        return find("h1").getText();
    }

    /** Signs in through the sign-in form, as a person does, and waits for the page it leads to. */
    void signIn(String username, String password) {
        open("/sign-in");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWait(find("form[action='/sign-in'] button[type=submit]"));
    }

    /** Clicks what leads to another page (a form's button, a link) and waits until that page is there. */
    void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitForNewPage(page);
    }

    /** Waits until the page that {@code page} (its html element) belonged to has been replaced by another. */
    void waitForNewPage(WebElement page) {
        // Chromium may answer "Node ... does not belong to the document" instead of a stale element while the old
        // page goes: either means it has gone.
        new WebDriverWait(driver, WAIT).until(ignored -> {
            try {
                page.getTagName();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException going) {
                return going.getMessage() != null && going.getMessage().contains("does not belong to the document");
            }
        });
        new WebDriverWait(driver, WAIT).until(
                ignored -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** The html element of the page now shown, to wait for its replacement with {@link #waitForNewPage}. */
    WebElement page() {
        return driver.findElement(By.tagName("html"));
    }

    void pressTab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Tabs forward until the element matching {@code css} has the focus; fails after {@code most} presses. */
    void tabTo(String css, int most) {
        WebElement target = find(css);
        for (int pressed = 0; pressed < most; pressed++) {
            pressTab();
            if (focused().equals(target)) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + css + " in " + most + " presses; the focus is on "
                + describe(focused()));
    }

    static String describe(WebElement element) {
        return "<" + element.getTagName() + " id='" + element.getAttribute("id") + "' class='"
                + element.getAttribute("class") + "'>" + element.getText();
    }

    Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now: no violation, and rules did run. */
    void assertNoAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran without error: %s", results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked some rules on " + driver.getCurrentUrl()).isNotEmpty();
        List<Rule> violations = results.getViolations().stream().map(Browser::withoutKnownGovukIssue)
                .filter(rule -> !rule.getNodes().isEmpty()).toList();
        assertThat(violations).as(() -> "accessibility violations on " + driver.getCurrentUrl() + ":\n"
                + describe(violations)).isEmpty();
    }

    /**
     * The rule without GOV.UK Frontend's one known issue (alphagov/govuk-frontend#979): its script marks a radio that
     * reveals a field with {@code aria-expanded}, which ARIA does not allow on a radio; GOV.UK keeps it on purpose,
     * as screen readers announce it and its users were helped by it. Only that attribute, on a GOV.UK radio, is
     * left out: anything else about the radio, or the same on any other element, still counts.
     */
    private static Rule withoutKnownGovukIssue(Rule rule) {
        if ("aria-allowed-attr".equals(rule.getId())) {
            rule.setNodes(rule.getNodes().stream().filter(node -> !(node.getHtml() != null
                    && node.getHtml().startsWith("<input class=\"govuk-radios__input\"")
                    && node.getAny().isEmpty() && node.getNone().isEmpty() && !node.getAll().isEmpty()
                    && node.getAll().stream().allMatch(check -> check.getMessage() != null && check.getMessage()
                    .matches("ARIA attribute is not allowed: aria-expanded=\"(true|false)\"")))).toList());
        }
        return rule;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /**
     * The errors the browser's console reported since the last call: a script that failed, a file that did not
     * load, or anything the Content-Security-Policy refused. A page's own error status (the 404 of "Page not
     * found") is not one of them: only a failed style, script, font, image or icon is.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !(PAGE_STATUS.matcher(message).matches()))
                .toList();
    }

    private static Path executable(String property, String otherwise) {
        Path path = Path.of(System.getProperty(property, otherwise));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is not there: the browser tests need Debian's chromium and "
                    + "chromium-driver (apt-get install -y chromium chromium-driver, as .ci/run does), or -D"
                    + property + "=<path>");
        }
        return path;
    }
}
