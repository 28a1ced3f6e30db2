package org.matchday.event;

import org.matchday.web.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What others see: staff read the event, its rules and the capacity check but change nothing and do not reach the
 * organiser's set-up pages; an organiser of another event finds nothing. Event times carry the viewer's own time
 * when the viewer's zone is not the event's.
 */
@QuarkusTest
@Tag("browser")
class SetupStaffViewTest {

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
    void staffReadTheEventAndChangeNothing() {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        String staff = SetupFixture.staff();
        SetupFixture.addMember(organiser, eventId, staff);
        try (BrowserContext context = browser.desk("en")) {
            Page page = SetupFixture.loggedIn(context, staff);
            page.navigate("/events/" + eventId);
            assertThat(page.locator("h1")).containsText("Taiwan-EU Cluster Cooperation Seminar 2018");
            assertThat(page.locator("#phase-form")).hasCount(0);
            assertThat(page.locator("#max-wishes")).isDisabled();
            assertThat(page.locator("#add-pair")).isDisabled();
            assertThat(page.locator("#rules-form button[type=submit]")).hasCount(0);
            assertThat(page.locator(".event-nav a[href$='/setup']")).hasCount(0);
            assertThat(page.locator(".event-nav a[href$='/participants']")).hasCount(0);
            boolean sameClock = ZoneId.systemDefault().getRules().getOffset(LocalDateTime.of(2018, 6, 5, 13, 30))
                    .equals(ZoneId.of("Asia/Taipei").getRules().getOffset(LocalDateTime.of(2018, 6, 5, 13, 30)));
            assertThat(page.locator(".viewer-time")).hasCount(sameClock ? 0 : 1);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "setup-event-staff-en");

            page.locator(".event-nav a[href$='/capacity']").click();
            assertThat(page.locator("h1")).hasText("Capacity check");
            Browser.assertAccessible(page);

            Response setup = page.navigate("/events/" + eventId + "/setup");
            assertEquals(403, setup.status());
            Response participants = page.navigate("/events/" + eventId + "/participants");
            assertEquals(403, participants.status());
        }
    }

    @Test
    void someoneElsesEventIsNotThere() {
        long eventId = SetupFixture.importSample(SetupFixture.organiser());
        String other = SetupFixture.organiser();
        try (BrowserContext context = browser.desk("en")) {
            Page page = SetupFixture.loggedIn(context, other);
            for (String path : new String[] {"", "/setup", "/participants", "/capacity"}) {
                assertEquals(404, page.navigate("/events/" + eventId + path).status(), path);
            }
        }
    }
}
