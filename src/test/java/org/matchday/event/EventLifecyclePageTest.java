package org.matchday.event;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event's whole life on the pages: created from nothing with its sessions and 20 tables in one step, renamed,
 * copied to next year, archived and deleted after a confirmation that names what is lost; in English at a desk and
 * in Traditional Chinese on a phone, where a refused event shows its problem beside the field and creates nothing.
 */
@QuarkusTest
@Tag("browser")
class EventLifecyclePageTest {

    private static final Pattern SETUP = Pattern.compile(".*/events/(\\d+)/setup$");

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

    private static long eventIdOf(Page page) {
        page.waitForURL(SETUP);
        java.util.regex.Matcher m = SETUP.matcher(page.url());
        assertTrue(m.matches(), page.url());
        return Long.parseLong(m.group(1));
    }

    private static JsonPath api(String organiser, String path, long eventId) {
        return AccessFixture.as(organiser).get(path, eventId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anOrganiserCreatesRenamesCopiesArchivesAndDeletesAnEventOnThePages() {
        String organiser = SetupFixture.organiser();
        try (BrowserContext context = browser.desk("en")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("New event")).click();
            page.waitForURL("**/events/new");
            page.locator("#e-name").fill("Brussels Cluster Days");
            page.locator("#e-venue").fill("Square, Brussels");
            page.locator("#e-timezone").fill("Europe/Brussels");
            Locator first = page.locator("#session-rows .session-row").first();
            first.locator("[name=date]").fill("2027-03-10");
            first.locator("[name=start]").fill("09:00");
            first.locator("[name=end]").fill("12:00");
            first.locator("[name=meetingMinutes]").fill("20");
            first.locator("[name=gapMinutes]").fill("5");
            first.locator("[name=pauseStart]").fill("10:30");
            first.locator("[name=pauseEnd]").fill("10:45");
            page.locator("#add-session").click();
            Locator second = page.locator("#session-rows .session-row").nth(1);
            assertThat(second.locator("[name=date]")).hasValue("2027-03-11");
            assertThat(second.locator(".session-legend")).hasText("Session 2");
            page.locator("#c-count").fill("20");
            page.locator("#c-pattern").fill("T{n}");
            page.locator("#c-names").fill("Table {n}");
            assertThat(page.locator("#create-form .tables-preview")).hasText("20 tables: T01 … T20");
            Browser.assertAccessible(page);
            page.locator("#create-form button[type=submit]").click();
            long id = eventIdOf(page);

            JsonPath created = api(organiser, "/api/events/{id}/export", id);
            assertEquals("Brussels Cluster Days", created.getString("name"));
            assertEquals("Europe/Brussels", created.getString("timezone"));
            assertEquals(List.of("2027-03-10", "2027-03-11"), created.getList("sessions.date"));
            assertEquals("10:30", created.getString("sessions[1].breaks[0].start"));
            assertEquals(IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("T%02d", n)).toList(),
                    created.getList("tables.id"));
            assertEquals("Table 20", created.getString("tables[19].name"));

            // Renamed on its set-up page.
            page.locator("#ev-name").fill("Brussels Cluster Days 2027");
            page.locator("#settings-form button[type=submit]").click();
            assertThat(page.locator("#settings-result")).containsText("The event is saved.");
            assertEquals("Brussels Cluster Days 2027", api(organiser, "/api/events/{id}", id).getString("name"));
            Browser.assertAccessible(page);

            // Copied to next year, with its sessions moved by a whole year's days.
            page.locator("#settings-form a[href='/events/new?copy=" + id + "']").click();
            page.waitForURL("**/events/new?copy=" + id);
            assertThat(page.locator("#copy-source")).hasValue(Long.toString(id));
            page.locator("#copy-name").fill("Brussels Cluster Days 2028");
            page.locator("#copy-date").fill("2028-03-08");
            page.locator("#copy-form button[type=submit]").click();
            long copy = eventIdOf(page);
            assertTrue(copy != id);
            JsonPath copied = api(organiser, "/api/events/{id}/export", copy);
            assertEquals(List.of("2028-03-08", "2028-03-09"), copied.getList("sessions.date"));
            assertEquals(20, copied.getList("tables").size());

            // Archived: out of the main list, folded under the archived ones, read-only.
            page.locator("#event-archive").click();
            assertThat(page.locator("#archived-banner")).isVisible();
            page.navigate("/events");
            assertThat(page.locator("main > table.list a[href='/events/" + copy + "']")).hasCount(0);
            assertThat(page.locator("main > table.list a[href='/events/" + id + "']")).hasCount(1);
            page.locator("details.archived-events summary").click();
            assertThat(page.locator("details.archived-events a[href='/events/" + copy + "']")).isVisible();
            Browser.assertAccessible(page);

            // Deleted after a confirmation naming what goes; cancelling first keeps it.
            page.navigate("/events/" + copy + "/setup");
            page.locator("#event-delete").click();
            Locator dialog = page.locator("#delete-dialog");
            assertThat(dialog).isVisible();
            assertThat(dialog).containsText("Delete Brussels Cluster Days 2028?");
            assertThat(dialog).containsText("2 sessions, 20 tables, 0 participants, 0 wishes and 0 meetings");
            Browser.assertAccessible(page);
            dialog.getByText("Keep the event").click();
            assertThat(dialog).isHidden();
            AccessFixture.as(organiser).get("/api/events/{id}", copy).then().statusCode(200);
            page.locator("#event-delete").click();
            page.locator("#delete-confirm").click();
            page.waitForURL("**/events");
            AccessFixture.as(organiser).get("/api/events/{id}", copy).then().statusCode(404);
            AccessFixture.as(organiser).get("/api/events/{id}", id).then().statusCode(200);
        }
    }

    @Test
    void onAPhoneInChineseARefusedEventCreatesNothingAndTablesComeInBulkWithHosts() {
        String organiser = SetupFixture.organiser();
        try (BrowserContext context = browser.phone("zh-TW")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/new");
            assertThat(page.locator("h1")).hasText("新增活動");
            page.locator("#e-name").fill("台北媒合會");
            page.locator("#e-timezone").fill("Asia/Taipei");
            Locator row = page.locator("#session-rows .session-row").first();
            row.locator("[name=date]").fill("2027-06-05");
            row.locator("[name=start]").fill("14:00");
            row.locator("[name=end]").fill("13:00");
            page.locator("#c-count").fill("20");
            assertThat(page.locator("#create-form .tables-preview")).hasText("20 張桌位：T01 … T20");
            SetupFixture.assertNoSidewaysScroll(page);
            Browser.assertAccessible(page);
            page.locator("#create-form button[type=submit]").click();
            assertThat(page.locator("#create-result")).containsText("未建立");
            // The problem stands beside the session's end, and nothing was created.
            assertThat(row.locator("[aria-invalid=true]")).not().hasCount(0);
            assertTrue(AccessFixture.as(organiser).get("/api/events").then().extract().jsonPath()
                    .getList("name").stream().noneMatch("台北媒合會"::equals));
            Browser.assertAccessible(page);

            row.locator("[name=end]").fill("17:00");
            page.locator("#create-form button[type=submit]").click();
            long id = eventIdOf(page);
            assertEquals(20, api(organiser, "/api/events/{id}", id).getInt("tables"));
            SetupFixture.assertNoSidewaysScroll(page);
            Browser.assertAccessible(page);

            // Ten more from 15 clash with T15..T20: nothing is added, the clash is named beside the pattern.
            page.locator("#b-count").fill("10");
            page.locator("#b-start").fill("15");
            page.locator("#batch-form button[type=submit]").click();
            assertThat(page.locator("#batch-form")).containsText("「T15」");
            assertEquals(20, api(organiser, "/api/events/{id}", id).getInt("tables"));
            page.locator("#b-start").fill("21");
            page.locator("#batch-form button[type=submit]").click();
            assertThat(page.locator("#batch-result")).containsText("已新增 10 張桌位");
            assertThat(page.locator("#tables-list tr[data-table=T30]")).hasCount(1);

            AccessFixture.as(organiser).contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("id", "tw-01", "name", "林明哲"))
                    .post("/api/events/{id}/participants", id).then().statusCode(201);
            page.reload();
            page.locator("#host-table").selectOption("T07");
            page.locator("#host-participant").selectOption("tw-01");
            page.locator("#host-form button[type=submit]").click();
            assertThat(page.locator("#host-result")).containsText("T07");
            assertThat(page.locator("[data-host-of=T07]")).hasText("林明哲");
            assertEquals("T07", api(organiser, "/api/events/{id}/participants/tw-01", id).getString("table"));
            assertFalse(page.locator("#archived-banner").isVisible());
            SetupFixture.assertNoSidewaysScroll(page);
            Browser.assertAccessible(page);
        }
    }
}
