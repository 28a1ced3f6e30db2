package org.matchday.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a participant's pages offer follows the event's phase, and say why when something cannot be done; a device
 * forgets the link on request, and a cookie whose link was revoked is dropped.
 */
@QuarkusTest
@Tag("browser")
class ParticipantPhasesPagesTest {

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
    void eachPhaseOffersWhatItAllowsAndSaysWhyNot() {
        ParticipantEvent event = ParticipantEvent.start();
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            page.navigate(event.link("eu-nordic"));
            assertThat(page.locator(".p-phase")).hasText("Draft");
            assertThat(page.locator("main")).containsText("There is nothing for you to do yet.");
            assertThat(page.locator(".p-links a[href='/participant/agenda']")).hasCount(0);
            page.navigate("/participant/agenda");
            assertThat(page.locator("main .notice")).hasText(
                    "Your agenda appears here once the organiser publishes the timetable.");
            Browser.assertAccessible(page);

            event.phase("WISHES_CLOSED");
            page.navigate("/participant/profile");
            assertThat(page.locator("#group")).isDisabled();
            assertThat(page.locator("#group-hint")).hasText("Your group can no longer change: wishes have opened.");
            assertThat(page.locator("#organisation")).isEditable();
            assertThat(page.locator("#mode-any")).isDisabled();
            assertThat(page.locator("main")).containsText("When you can meet can change only until wishes close.");
            Browser.screenshot(page, "participant-profile-wishes-closed-en");
            page.navigate("/participant/partners");
            assertThat(page.locator("main .notice")).containsText("Wishes are not open now");
            assertThat(page.locator(".p-wish-form")).hasCount(0);
            assertThat(page.locator(".p-result[id^='partner-']")).hasCount(6);
            page.navigate("/participant/wishes");
            assertThat(page.locator("main")).containsText("Wishes cannot be sent, withdrawn or answered in this phase");

            event.phase("CLOSED");
            page.navigate("/p");
            assertThat(page.locator("main")).containsText("The event is over.");
            page.navigate("/participant/profile");
            assertThat(page.locator("#organisation")).isDisabled();
            assertThat(page.locator("main")).containsText("The event is closed: your profile can no longer change.");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aDeviceForgetsTheLinkAndARevokedLinksCookieIsDropped() {
        ParticipantEvent event = ParticipantEvent.start().phase("REGISTRATION");
        try (BrowserContext context = browser.desk("zh-TW")) {
            Page page = context.newPage();
            page.navigate(event.link("tw-tpca"));
            page.locator("form[action='/participant/forget'] button").click();
            assertThat(page).hasURL(Browser.baseUrl() + "/link-invalid?forgotten=1");
            assertThat(page.locator("h1")).hasText("這台裝置已忘記您的連結");
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("matchday-link")), "cookie gone");
            page.navigate("/p");
            assertThat(page).hasURL(Browser.baseUrl() + "/login");

            // A link opened on this device, then revoked: the page that says so drops its cookie.
            page.navigate(event.link("tw-tpca"));
            event.revoke("tw-tpca");
            page.navigate("/link-invalid");
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("matchday-link")), "cookie gone");

            // Another participant's valid cookie survives a dead link, and the page leads back to its own page.
            page.navigate(event.link("tw-cnfi"));
            page.navigate(event.link("tw-tpca"));
            assertThat(page).hasURL(Browser.baseUrl() + "/link-invalid");
            page.locator("main a[href='/p']").click();
            assertThat(page.locator("main")).containsText("林明哲，歡迎您");
        }
    }
}
