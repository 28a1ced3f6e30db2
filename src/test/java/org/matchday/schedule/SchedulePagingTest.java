package org.matchday.schedule;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The organiser's grid of a large event (the 300-participant sample: 24 slots by 90 tables in 4 sessions) opens on
 * its first session, names the others and "all sessions" as links, and shows any of them, or all, when asked; a
 * small event's grid shows every session as before. The page goes gzip-compressed to a browser that accepts it.
 */
@QuarkusTest
@Tag("browser")
class SchedulePagingTest {

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
    void aLargeGridOpensOnItsFirstSessionAndOffersTheOthersAndAll() {
        ScheduleFixture event = ScheduleFixture.importSample("brussels-2026-brokerage-two-days.json");
        String first = page(event, "", "en");
        assertEquals(1, count(first, "<tr class=\"session\">"), "session blocks on the first page");
        assertEquals(6, count(first, "<tr data-start="), "slots of the first session");
        assertThat(first, containsString("data-start=\"2026-10-14T09:00\""));
        assertThat(first, not(containsString("data-start=\"2026-10-14T14:00\"")));
        assertThat(first, containsString("This timetable is large: it opens on its first session."));
        assertThat(first, containsString("<a href=\"?session=d1-am\" aria-current=\"page\">Day 1 morning</a>"));
        assertThat(first, containsString("<a href=\"?session=d2-pm\">Day 2 afternoon</a>"));
        assertThat(first, containsString("<a href=\"?session=all\">All sessions</a>"));
        // The session shown was not chosen: the list by participant keeps every session.
        assertThat(first, containsString("<a href=\"?view=participants\">"));

        String later = page(event, "?session=d2-pm", "en");
        assertEquals(1, count(later, "<tr class=\"session\">"), "session blocks of one chosen session");
        assertThat(later, containsString("data-start=\"2026-10-15T14:00\""));
        assertThat(later, containsString("<a href=\"?session=d2-pm\" aria-current=\"page\">Day 2 afternoon</a>"));
        assertThat(later, containsString("<a href=\"?view=participants&amp;session=d2-pm\">"));

        String all = page(event, "?session=all", "en");
        assertEquals(4, count(all, "<tr class=\"session\">"), "session blocks when all are asked for");
        assertEquals(count(all, "<tr data-start="), 24, "every slot of the two days");
        assertThat(all, containsString("<a href=\"?session=all\" aria-current=\"page\">All sessions</a>"));
        assertThat(all, containsString("<option value=\"all\" selected>All sessions</option>"));

        assertThat(page(event, "", "zh-TW"), containsString("這份時程表很大：開啟時只顯示第一個場次。"));
        // One row per participant is a list, not the grid: nothing to page.
        assertThat(page(event, "?view=participants", "en"), not(containsString("This timetable is large")));

        AccessFixture.as(event.organiser).header("Accept-Encoding", "gzip")
                .get("/events/" + event.eventId + "/schedule").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    /** In a browser, at a desk and on a phone, in both languages: the session links work and the page is axe-clean. */
    @ParameterizedTest
    @CsvSource({"en, phone, Day 2 afternoon", "zh-TW, phone, Day 2 afternoon", "en, desk, Day 1 afternoon"})
    void theSessionLinksLeadThroughTheGrid(String lang, String size, String session) {
        ScheduleFixture event = ScheduleFixture.importSample("brussels-2026-brokerage-two-days.json").solved(5);
        try (BrowserContext context = size.equals("phone") ? browser.phone(lang) : browser.desk(lang)) {
            Page page = context.newPage();
            Browser.login(page, event.organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + event.eventId + "/schedule");
            com.microsoft.playwright.Locator sessions = page.locator("nav.sessions");
            assertThat(sessions.locator("a[aria-current=page]")).hasText("Day 1 morning");
            assertThat(page.locator("#grid tr[data-start]")).hasCount(6);
            // The grid's keyboard script is ready on the first session's cells.
            assertThat(page.locator("#grid td[tabindex='0']")).hasCount(1);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "schedule-paged-" + size + "-" + lang);

            sessions.getByText(session).click();
            assertThat(sessions.locator("a[aria-current=page]")).hasText(session);
            assertThat(page.locator("#grid tr.session th")).containsText(session);
            assertThat(page.locator("#grid tr[data-start]")).hasCount(6);
            assertThat(page.locator("#grid td[tabindex='0']")).hasCount(1);
            Browser.assertAccessible(page);

            sessions.locator("a[href='?session=all']").click();
            assertThat(page.locator("#grid tr[data-start]")).hasCount(24);
            assertThat(page.locator("#filter-session")).hasValue("all");
        }
    }

    @Test
    void aSmallGridShowsItsWholeDay() {
        ScheduleFixture event = ScheduleFixture.importSample("taipei-2018-cluster-matchmaking.json");
        String grid = page(event, "", "en");
        assertThat(grid, not(containsString("This timetable is large")));
        assertEquals(1, count(grid, "<tr class=\"session\">"));
    }

    private static String page(ScheduleFixture event, String query, String lang) {
        return AccessFixture.as(event.organiser).queryParam("lang", lang)
                .get("/events/" + event.eventId + "/schedule" + query).then().statusCode(200).extract().asString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
