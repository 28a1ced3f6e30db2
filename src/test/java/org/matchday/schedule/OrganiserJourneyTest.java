package org.matchday.schedule;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchday.schedule.ScheduleFixture.Grid;
import org.matchday.schedule.ScheduleFixture.Move;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organiser's whole job on the pages, with nothing prepared over the API: creates an event from nothing with its
 * session and 20 tables in one step, lets wishes count without an answer, imports the participants from a sheet,
 * adds a staff member, solves, publishes after a confirmation naming how many are mailed, and undoes a move. The
 * staff member then sees only the tabs it may open, and a 403 page in its language, with a way back, where it
 * strays. In English at a desk and in Traditional Chinese on a phone, axe-clean at every step, with no script error.
 */
@QuarkusTest
@Tag("browser")
class OrganiserJourneyTest {

    private static final Pattern SETUP = Pattern.compile(".*/events/(\\d+)/setup$");
    private static final String SHEET = """
            id,name,organisation,group,country,email,wishes
            eu-01,Marie Dubois,CASTRA,EU cluster,FR,marie@example.org,tw-01:5; tw-02
            eu-02,Antti Peltomäki,Wind Cluster Ålborg,EU cluster,DK,antti@example.org,tw-02:4; tw-03
            eu-03,Lena Hoffmann,Photonics BW,EU cluster,DE,lena@example.org,tw-03:5; tw-01:2
            tw-01,林明哲,台灣智慧機械產業協會,Taiwanese association,TW,lin@example.org,eu-02:3
            tw-02,陳怡君,台灣綠能產業聯盟,Taiwanese association,TW,chen@example.org,eu-03
            tw-03,王志豪,台灣光電科技產業協會,Taiwanese association,TW,wang@example.org,
            """;

    private static Browser browser;

    record Texts(String newEvent, String ended, String sixMailed, String published, String moved, String undone,
            String forbidden, String back) {

        static Texts of(String lang) {
            return lang.equals("en")
                    ? new Texts("New event", "Solving ended", "6 participants will be mailed",
                            "Publication 1 is in force", "is now at", "Undone:", "Forbidden", "Back to your events")
                    : new Texts("新增活動", "求解結束", "將寄信給 6 位參與者", "第 1 次公布已生效", "已移至", "已復原：",
                            "沒有權限", "回到您的活動");
        }
    }

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

    @ParameterizedTest(name = "{0} on a {1}")
    @CsvSource({"en, desk", "zh-TW, phone"})
    void anOrganiserGoesFromNothingToAPublishedTimetableOnThePages(String lang, String size) throws IOException {
        Texts t = Texts.of(lang);
        String unique = Long.toString(System.nanoTime(), 36);
        String organiser = AccessFixture.account("journey-organiser-" + unique, "ORGANISER");
        String staff = AccessFixture.account("journey-staff-" + unique, "STAFF");
        long eventId;
        try (BrowserContext context = size.equals("phone") ? browser.phone(lang) : browser.desk(lang)) {
            Page page = context.newPage();
            List<String> scriptErrors = new ArrayList<>();
            page.onPageError(scriptErrors::add);
            Browser.login(page, organiser, AccessFixture.PASSWORD);

            eventId = createEvent(page, t, unique);
            JsonPath created = api(organiser, "/api/events/{id}/export", eventId);
            assertEquals(IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("T%02d", n)).toList(),
                    created.getList("tables.id"));
            assertEquals(List.of("2027-06-05"), created.getList("sessions.date"));

            wishesCountWithoutAnAnswer(page, eventId);
            importParticipants(page, eventId);
            addStaffMember(page, staff);
            solve(page, t, eventId);
            publishAfterConfirming(page, t, eventId, organiser);
            undoAMove(page, t, eventId, organiser);
            assertEquals(List.of(), scriptErrors);
        }
        staffSeesOnlyItsTabs(lang, size, t, eventId, staff);
    }

    private static long createEvent(Page page, Texts t, String unique) {
        page.navigate("/events");
        page.locator("main a[href='/events/new']").first().click();
        page.waitForURL("**/events/new");
        assertThat(page.locator("h1")).hasText(t.newEvent());
        page.locator("#e-name").fill("Taipei matchmaking " + unique);
        page.locator("#e-timezone").fill("Asia/Taipei");
        Locator session = page.locator("#session-rows .session-row").first();
        session.locator("[name=date]").fill("2027-06-05");
        session.locator("[name=start]").fill("13:30");
        session.locator("[name=end]").fill("16:00");
        session.locator("[name=meetingMinutes]").fill("20");
        session.locator("[name=gapMinutes]").fill("5");
        page.locator("#c-count").fill("20");
        page.locator("#c-pattern").fill("T{n}");
        Browser.assertAccessible(page);
        page.locator("#create-form button[type=submit]").click();
        page.waitForURL(SETUP);
        Matcher id = SETUP.matcher(page.url());
        assertTrue(id.matches(), page.url());
        return Long.parseLong(id.group(1));
    }

    private static void wishesCountWithoutAnAnswer(Page page, long eventId) {
        page.navigate("/events/" + eventId);
        page.locator("#acceptance").uncheck();
        page.locator("#rules-form button[type=submit]").click();
        assertThat(page.locator("#rules-result .notice")).isVisible();
        Browser.assertAccessible(page);
    }

    private static void importParticipants(Page page, long eventId) throws IOException {
        page.navigate("/events/" + eventId + "/participants");
        Path sheet = Files.createTempFile("journey", ".csv");
        try {
            Files.writeString(sheet, SHEET, StandardCharsets.UTF_8);
            page.locator("#import-file").setInputFiles(sheet);
            page.locator("#import-form button[type=submit]").click();
            assertThat(page.locator("#participant-rows tr")).hasCount(6);
            assertThat(page.locator("#participant-rows")).containsText("陳怡君");
        } finally {
            Files.delete(sheet);
        }
        assertNoSidewaysScroll(page);
        Browser.assertAccessible(page);
    }

    private static void addStaffMember(Page page, String staff) {
        page.locator(".event-nav a[href$='/members']").click();
        page.locator("#m-username").fill(staff);
        page.locator("#member-form button[type=submit]").click();
        assertThat(page.locator("#member-result .notice")).containsText(staff);
        assertThat(page.locator("#members-list tr[data-username='" + staff + "']")).hasCount(1);
        Browser.assertAccessible(page);
    }

    private static void solve(Page page, Texts t, long eventId) {
        page.locator(".event-nav a[href$='/solve']").click();
        page.locator("#seconds").selectOption(page.locator("#seconds option").first().getAttribute("value"));
        page.locator("#solve-start").click();
        assertThat(page.locator("#solve-announce")).containsText(t.ended(),
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        // Words and figures, never the raw score.
        String text = page.locator("main").innerText();
        assertFalse(Pattern.compile("-?\\d+(hard|medium|soft)").matcher(text).find(), text);
        Browser.assertAccessible(page);
    }

    private static void publishAfterConfirming(Page page, Texts t, long eventId, String organiser) {
        page.locator(".event-nav a[href$='/schedule']").click();
        Grid grid = Grid.read(page);
        grid.assertConflictFree();
        // Every wish of the sheet fits: eight pairs, asked once or both ways.
        assertEquals(8, grid.meetings());
        assertEquals(6, AccessFixture.as(organiser).get("/api/events/{id}/publication/preview", eventId).jsonPath()
                .getInt("mailed"));
        page.locator("#publish-button").click();
        Locator dialog = page.locator("dialog.confirm-dialog");
        assertThat(dialog).containsText(t.sixMailed());
        Browser.assertAccessible(page);
        dialog.locator("button:not([data-confirm])").click();
        AccessFixture.as(organiser).get("/api/events/{id}/publication", eventId).then().statusCode(404);
        page.locator("#publish-button").click();
        dialog.locator("[data-confirm]").click();
        assertThat(page.locator("#publish-status")).containsText(t.published());
        AccessFixture.as(organiser).get("/api/events/{id}/publication", eventId).then().statusCode(200);
    }

    private static void undoAMove(Page page, Texts t, long eventId, String organiser) {
        Grid grid = Grid.read(page);
        Move move = grid.freeMove(Set.of(), Set.of()).orElseThrow();
        Object before = meeting(organiser, eventId, move).get("start");
        page.locator(ScheduleFixture.cellSelector(move.fromRow(), move.fromColumn())).focus();
        page.keyboard().press("Enter");
        String arrow = move.toRow() > move.fromRow() ? "ArrowDown" : "ArrowUp";
        for (int i = 0; i < Math.abs(move.toRow() - move.fromRow()); i++) {
            page.keyboard().press(arrow);
        }
        page.keyboard().press("Enter");
        assertThat(page.locator("#grid-status")).containsText(t.moved());
        assertNotEquals(before, meeting(organiser, eventId, move).get("start"));
        page.locator("#undo-latest button[data-undo]").click();
        assertThat(page.locator("#grid-status")).containsText(t.undone());
        assertEquals(before, meeting(organiser, eventId, move).get("start"));
        Grid.read(page).assertConflictFree();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "journey-undone");
    }

    private static void staffSeesOnlyItsTabs(String lang, String size, Texts t, long eventId, String staff) {
        try (BrowserContext context = size.equals("phone") ? browser.phone(lang) : browser.desk(lang)) {
            Page page = context.newPage();
            Browser.login(page, staff, AccessFixture.PASSWORD);
            page.navigate("/events/" + eventId);
            String base = "/events/" + eventId;
            List<String> tabs = page.locator(".event-nav a").all().stream().map(a -> a.getAttribute("href")).toList();
            assertEquals(List.of(base, base + "/capacity", base + "/statistics", base + "/staff", base + "/desk",
                    base + "/control"), tabs);
            Browser.assertAccessible(page);

            Response refused = page.navigate(base + "/solve");
            assertEquals(403, refused.status());
            assertTrue(refused.headerValue("content-type").startsWith("text/html"), refused.headerValue("content-type"));
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.locator("h1")).hasText(t.forbidden());
            Locator back = page.locator(".error-page a[href='/events']");
            assertThat(back).hasText(t.back());
            Browser.assertAccessible(page);
            Browser.screenshot(page, "journey-staff-403-" + lang);
            back.click();
            page.waitForURL("**/events");
        }
    }

    private static void assertNoSidewaysScroll(Page page) {
        List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth,"
                + " document.documentElement.clientWidth]");
        assertTrue(((Number) widths.get(0)).intValue() <= ((Number) widths.get(1)).intValue(),
                page.url() + " scrolls sideways: " + widths);
    }

    private static JsonPath api(String organiser, String path, long eventId) {
        return AccessFixture.as(organiser).get(path, eventId).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> meeting(String organiser, long eventId, Move move) {
        return AccessFixture.as(organiser).get("/api/events/{id}/meetings", eventId).jsonPath()
                .getMap("find { it.participants.contains('" + move.a() + "') && it.participants.contains('"
                        + move.b() + "') }");
    }
}
