package org.matchday.event;

import org.matchday.web.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An organiser logs in, in English or Chinese, sees its events and imports the 2018 sample from a file. */
@QuarkusTest
@Tag("browser")
class LoginAndEventsPageTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOrganiserLogsInAndImportsTheSample() {
        String organiser = AccessFixture.account("pages-" + System.nanoTime(), "ORGANISER");
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            page.navigate("/events");
            assertThat(page).hasURL(Browser.baseUrl() + "/login");
            assertThat(page.locator("h1")).hasText("Log in");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "login-en");

            page.locator("#username").fill(organiser);
            page.locator("#password").fill("wrong password entirely");
            page.locator("form[action='/j_security_check'] button[type=submit]").click();
            assertThat(page.locator("[role=alert]")).containsText("Wrong username or password");

            Browser.login(page, organiser, AccessFixture.PASSWORD);
            // Logged in: the form sends the browser on (to the page asked for, or the landing page).
            assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
            page.navigate("/events");
            assertThat(page.locator("h1")).hasText("Your events");
            Browser.assertAccessible(page);

            page.locator("#file").setInputFiles(Path.of("sample-events/taipei-2018-cluster-matchmaking.json"));
            page.locator("form[action='/events/import'] button[type=submit]").click();
            page.waitForLoadState();
            page.navigate("/events");
            assertThat(page.locator("table.list")).containsText("Taiwan");
            Browser.screenshot(page, "events-en");
        }
    }

    @Test
    void pagesSpeakTraditionalChineseWhenTheBrowserDoesAndTheChoiceIsRemembered() {
        try (BrowserContext context = browser.desk("zh-TW")) {
            Page page = context.newPage();
            page.navigate("/login");
            assertThat(page.locator("html")).hasAttribute("lang", "zh-TW");
            assertThat(page.locator("h1")).hasText("登入");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "login-zh-TW");
            page.locator("a[hreflang=en]").click();
            assertThat(page.locator("h1")).hasText("Log in");
            page.navigate("/login");
            assertThat(page.locator("h1")).hasText("Log in");
        }
    }
}
