package org.matchday.schedule;

import org.matchday.web.Browser;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matchday.export.ReadBack;
import org.matchday.security.AccessFixture;
import org.matchday.schedule.ScheduleFixture.Cell;
import org.matchday.schedule.ScheduleFixture.Grid;
import org.matchday.schedule.ScheduleFixture.Row;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * Staff on the event day, in English and Traditional Chinese: the read-only timetable, table T07's sheet downloaded
 * and read back with PDFBox, the print view (printed to PDF by Chromium and read back), and a no-show marked with
 * the partners it affects shown.
 */
@QuarkusTest
@Tag("browser")
class StaffDayTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void staffPrintASheetOpenThePrintViewAndMarkANoShow(String lang) throws IOException {
        boolean english = lang.equals("en");
        ScheduleFixture event = ScheduleFixture.importSample(ScheduleJourneyTest.SAMPLE).solved(5).published();
        try (BrowserContext context = browser.desk(lang)) {
            Page page = context.newPage();
            Browser.login(page, event.staff, AccessFixture.PASSWORD);
            page.navigate("/events/" + event.eventId + "/staff");
            assertThat(page.locator("h1")).hasText(english ? "Event day" : "活動當天");
            assertThat(page.locator("a[href$='/solve'], a[href$='/schedule']")).hasCount(0);
            assertThat(page.locator("#grid[role=grid], #grid [draggable=true]")).hasCount(0);
            Grid grid = Grid.read(page);
            grid.assertConflictFree();
            assertEquals(event.scheduledMeetings(), grid.meetings());
            Browser.assertAccessible(page);
            Browser.screenshot(page, "staff-day-" + lang);

            // Table T07's sheet names everybody the grid shows at T07.
            @SuppressWarnings("unchecked")
            Map<String, List<String>> people = (Map<String, List<String>>) page.evaluate(
                    "() => JSON.parse(document.getElementById('people').textContent)");
            int t07 = grid.tables().indexOf("T07");
            Set<String> atT07 = new LinkedHashSet<>();
            for (Row row : grid.rows()) {
                Cell cell = row.cells().get(t07);
                if (cell != null) {
                    atT07.add(people.get(cell.a()).get(0));
                    atT07.add(people.get(cell.b()).get(0));
                }
            }
            assertFalse(atT07.isEmpty(), "no meeting at T07");
            Download download = page.waitForDownload(() -> page.locator("a[data-table=T07]").click());
            String sheet = ReadBack.pdfText(Files.readAllBytes(download.path()));
            assertTrue(sheet.contains("Table 7"), sheet);
            for (String name : atT07) {
                assertTrue(sheet.contains(name), name + " is missing from the sheet:\n" + sheet);
            }

            // The print view hides the page frame when printed and prints every table.
            page.locator("a[href$='/staff/print']").click();
            assertThat(page.locator("table.timetable.print")).not().hasCount(0);
            Browser.assertAccessible(page);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("header.top")).isHidden();
            assertThat(page.locator(".print-tools")).isHidden();
            Browser.screenshot(page, "staff-print-" + lang);
            String printed = ReadBack.pdfText(page.pdf(new Page.PdfOptions().setLandscape(true)));
            for (String table : List.of("Table 1", "Table 17")) {
                assertTrue(printed.contains(table), table + " is not printed");
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

            // A no-show: its meetings leave the grid and the page names each partner affected.
            page.navigate("/events/" + event.eventId + "/staff");
            Cell first = grid.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c != null)
                    .findFirst().orElseThrow();
            String absent = first.a();
            List<String> partners = new ArrayList<>();
            for (Row row : grid.rows()) {
                for (Cell cell : row.cells()) {
                    if (cell != null && (cell.a().equals(absent) || cell.b().equals(absent))) {
                        partners.add(cell.a().equals(absent) ? cell.b() : cell.a());
                    }
                }
            }
            page.locator("#attendance-participant").selectOption(absent);
            page.locator("#attendance-form button[type=submit]").click();
            assertThat(page.locator("#attendance-confirm")).isVisible();
            page.locator("#attendance-yes").click();
            assertThat(page.locator("#attendance-result li")).hasCount(partners.size());
            for (String partner : partners) {
                assertThat(page.locator("#attendance-result")).containsText(people.get(partner).get(0));
            }
            assertThat(page.locator("#grid .m[data-a='" + absent + "'], #grid .m[data-b='" + absent + "']"))
                    .hasCount(0);
            assertEquals("NO_SHOW", as(event.organiser).get("/api/events/{eventId}/participants/{id}",
                    event.eventId, absent).jsonPath().getString("attendance"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "staff-no-show-" + lang);

            // Staff see the statistics too.
            page.navigate("/events/" + event.eventId + "/statistics");
            assertThat(page.locator(".key-figures li")).not().hasCount(0);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void organisersAlsoMarkCancellationsAndStaffAreNotOffered() {
        ScheduleFixture event = ScheduleFixture.importSample(ScheduleJourneyTest.SAMPLE).solved(5).published();
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            Browser.login(page, event.organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + event.eventId + "/staff");
            Cell first = Grid.read(page).rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c != null)
                    .findFirst().orElseThrow();
            page.locator("#attendance-participant").selectOption(first.b());
            page.locator("input[name=kind][value=cancellation]").check();
            page.locator("#attendance-form button[type=submit]").click();
            assertThat(page.locator("#attendance-confirm-text")).containsText("cancelled");
            page.locator("#attendance-yes").click();
            assertThat(page.locator("#attendance-result")).containsText("is marked as cancelled");
            assertThat(page.locator("#attendance-participant option[value='" + first.b() + "']")).isDisabled();
            assertEquals("CANCELLED", as(event.organiser).get("/api/events/{eventId}/participants/{id}",
                    event.eventId, first.b()).jsonPath().getString("attendance"));
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            Browser.login(page, event.staff, AccessFixture.PASSWORD);
            page.navigate("/events/" + event.eventId + "/staff");
            assertThat(page.locator("input[name=kind][value=cancellation]")).hasCount(0);
        }
    }

    @Test
    void theViewersOwnTimeIsShownOnlyWhenTheirZoneDiffers() {
        ScheduleFixture event = ScheduleFixture.importSample(ScheduleJourneyTest.SAMPLE).solved(5);
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            Browser.login(page, event.staff, AccessFixture.PASSWORD);
            CDPSession devtools = context.newCDPSession(page);
            zone(devtools, "America/New_York");
            page.navigate("/events/" + event.eventId + "/staff");
            // 13:30 in Taipei (UTC+8) on 5 June 2018 is 01:30 in New York (UTC-4).
            assertThat(page.locator("#grid tbody tr[data-start] th .local-time").first()).containsText("01:30");
            assertThat(page.locator("#viewer-zone")).containsText("America/New_York");

            zone(devtools, "Asia/Taipei");
            page.reload();
            assertThat(page.locator(".local-time")).hasCount(0);
            assertThat(page.locator("#viewer-zone")).isHidden();
        }
    }

    @Test
    void staffCannotSolveOrEditAndOtherOrganisersDoNotSeeTheEvent() {
        ScheduleFixture event = ScheduleFixture.importSample(ScheduleJourneyTest.SAMPLE);
        String other = AccessFixture.account("schedule-other-" + System.nanoTime(), "ORGANISER");
        for (String page : List.of("solve", "schedule", "schedule/unscheduled", "schedule/changes")) {
            as(event.staff).get("/events/{eventId}/" + page, event.eventId).then().statusCode(403);
        }
        for (String page : List.of("solve", "schedule", "statistics", "staff", "staff/print")) {
            as(other).get("/events/{eventId}/" + page, event.eventId).then().statusCode(404);
        }
        as(event.staff).get("/events/{eventId}/staff", event.eventId).then().statusCode(200);
        as(event.staff).get("/events/{eventId}/statistics", event.eventId).then().statusCode(200);
    }

    /** Sets the time zone the page's scripts see, as a viewer's browser elsewhere would have it. */
    private static void zone(CDPSession devtools, String zone) {
        JsonObject override = new JsonObject();
        override.addProperty("timezoneId", zone);
        devtools.send("Emulation.setTimezoneOverride", override);
    }
}
