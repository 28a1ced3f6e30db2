package org.matchday.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page of a participant, while wishes are open (with wishes both ways) and after publication, in English and
 * Traditional Chinese, at a desk and on a 390 x 844 phone: axe-core finds nothing serious or critical, nothing scrolls
 * sideways, and on the phone every control is large enough to tap.
 */
@QuarkusTest
@Tag("browser")
class ParticipantPagesAccessibilityTest {

    private static Browser browser;
    private static ParticipantEvent open;
    private static ParticipantEvent published;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    /** Made by the first test: the API is reachable from tests only, not from their class set-up. */
    private static synchronized void events() {
        if (open == null) {
            open = withWishes();
            published = withWishes().solveAndPublish();
        }
    }

    private static ParticipantEvent withWishes() {
        ParticipantEvent event = ParticipantEvent.start().phase("WISHES_OPEN");
        event.accept("tw-cnfi", event.wish("eu-nordic", "tw-cnfi", 4));
        event.wish("tw-cnfi", "eu-levante", 3);
        event.accept("eu-castra", event.wish("tw-cnfi", "eu-castra", 5));
        return event;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} on a {1}")
    @CsvSource({"en, desk", "en, phone", "zh-TW, desk", "zh-TW, phone"})
    void everyPageIsAccessibleAndFitsTheScreen(String lang, String size) {
        events();
        String suffix = (size.equals("phone") ? "phone-" : "desk-") + lang;
        try (BrowserContext context = size.equals("phone") ? browser.phone(lang) : browser.desk(lang)) {
            Page page = context.newPage();
            page.navigate(open.link("tw-cnfi"));
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            check(page, "participant-all-home-open-" + suffix, size);
            page.navigate("/participant/profile");
            check(page, "participant-all-profile-" + suffix, size);
            page.navigate("/participant/partners");
            page.locator(".p-wish summary").first().click();
            check(page, "participant-all-partners-" + suffix, size);
            page.navigate("/participant/partners?q=nobody-matches-this");
            check(page, "participant-all-partners-none-" + suffix, size);
            page.navigate("/participant/wishes");
            assertThat(page.locator(".p-wish-actions button")).hasCount(3);
            check(page, "participant-all-wishes-" + suffix, size);
            page.navigate("/participant/agenda");
            check(page, "participant-all-agenda-not-yet-" + suffix, size);

            page.navigate(published.link("tw-cnfi"));
            check(page, "participant-all-home-published-" + suffix, size);
            // The agenda holds the token of the calendar subscription: no cache may keep it.
            assertEquals("no-store", page.navigate("/participant/agenda").headers().get("cache-control"));
            assertThat(page.locator(".p-meeting")).hasCount(2);
            check(page, "participant-all-agenda-" + suffix, size);
            page.navigate("/p");
            page.locator("form[action='/participant/forget'] button").click();
            assertThat(page).hasURL(Browser.baseUrl() + "/link-invalid?forgotten=1");
            check(page, "participant-all-forgotten-" + suffix, size);
            page.navigate("/link-invalid");
            check(page, "participant-all-link-invalid-" + suffix, size);
        }
    }

    private static void check(Page page, String screenshot, String size) {
        assertThat(page.locator("h1")).isVisible();
        ParticipantJourneyPagesTest.assertPage(page, screenshot, size);
    }
}
