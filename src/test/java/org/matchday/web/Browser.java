package org.matchday.web;

import org.junit.jupiter.api.Tag;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven by Playwright: nothing is downloaded. Every page a test visits can be checked
 * with axe-core for serious and critical accessibility findings, and saved as a screenshot under
 * target/screenshots (docs/user-guide.md uses them).
 */
@Tag("browser")
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium; outside CI a machine without it skips the browser tests, in CI it fails them. */
    public static Browser start() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(CHROMIUM), "Debian's chromium is not installed");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
        return new Browser(playwright, browser);
    }

    /** A fresh browser context (no cookies) in the given language, at a desk-sized or a phone-sized window. */
    public BrowserContext context(String acceptLanguage, int width, int height) {
        return browser.newContext(new NewContextOptions().setLocale(acceptLanguage)
                .setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage))
                .setViewportSize(width, height)
                .setBaseURL(baseUrl()));
    }

    public BrowserContext desk(String acceptLanguage) {
        return context(acceptLanguage, 1280, 900);
    }

    public BrowserContext phone(String acceptLanguage) {
        return context(acceptLanguage, 390, 844);
    }

    public static String baseUrl() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return "http://localhost:" + port;
    }

    /** Logs in through the login form. */
    public static void login(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action='/j_security_check'] button[type=submit]").click();
        page.waitForLoadState();
    }

    /** Fails on any serious or critical axe-core finding on the page as it is now. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(bad.isEmpty(), page.url() + ": " + bad.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
