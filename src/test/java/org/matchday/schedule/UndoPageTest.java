package org.matchday.schedule;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * The organiser's safety net on the timetable page, in English and Traditional Chinese, at desk and phone width: a
 * move undone with the visible Undo button, a take-out (the Delete key) only after a dialog that names the meeting,
 * undone too, and publishing only after a dialog naming how many participants are mailed; the solve page shows no
 * raw score; staff undo the no-show they marked on the event-day page. small-event.json, where eu-01 (Marie Dubois) meets tw-01 at 13:30 at T01, both with an address here.
 */
@QuarkusTest
@Tag("browser")
class UndoPageTest {

    private static final String AT_1330 = "2018-06-05T13:30";
    private static Browser browser;

    record Texts(String moved, String undone, String undo, String takeOutTitle, String takenOut, String mailed,
            String published, String cancelled) {

        static Texts of(String lang) {
            return lang.equals("en")
                    ? new Texts("is now at", "Undone:", "Undo", "Take this meeting out of the timetable?",
                            "was taken out", "2 participants will be mailed", "Publication 1 is in force",
                            "Cancelled the attendance of Marie Dubois")
                    : new Texts("已移至", "已復原：", "復原", "要將此會議移出時間表嗎？", "已移出時間表",
                            "將寄信給 2 位參與者", "第 1 次公布已生效", "已取消 Marie Dubois 的出席");
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

    private static long importWithAddresses(AccessFixture f) {
        String document = TestEvents.document("small-event.json")
                .replace("\"name\": \"Marie Dubois\",", "\"name\": \"Marie Dubois\", \"email\": \"marie@example.org\",")
                .replace("\"name\": \"林明哲\",", "\"name\": \"林明哲\", \"email\": \"lin@example.org\",");
        assertTrue(document.contains("lin@example.org") && document.contains("marie@example.org"), document);
        return as(f.organiser).contentType(ContentType.JSON).body(document).post("/api/events/import").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> meeting(AccessFixture f, long eventId) {
        return as(f.organiser).get("/api/events/{id}/meetings", eventId).jsonPath()
                .getMap("find { it.participants == ['eu-01', 'tw-01'] }");
    }

    private static Locator cell(Page page, String start) {
        // T01 is the first table column.
        return page.locator("#grid tr[data-start='" + start + "'] td").first();
    }

    @ParameterizedTest
    @CsvSource({"en,desk", "zh-TW,desk", "en,phone", "zh-TW,phone"})
    void movesAndTakeOutsAreUndoneAndPublishingAsksFirst(String lang, String width) {
        Texts texts = Texts.of(lang);
        AccessFixture f = AccessFixture.create();
        long eventId = importWithAddresses(f);
        try (BrowserContext context = width.equals("desk") ? browser.desk(lang) : browser.phone(lang)) {
            Page page = context.newPage();
            Browser.login(page, f.organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + eventId + "/schedule");
            assertThat(page.locator("#undo-latest")).isHidden();

            // A move by keyboard, to 13:55, says it pinned the meeting; the Undo beside the grid names it.
            cell(page, AT_1330).focus();
            page.keyboard().press("Enter");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#grid-status")).containsText(texts.moved());
            assertEquals("2018-06-05T13:55", meeting(f, eventId).get("start"));
            Locator undo = page.locator("#undo-latest button[data-undo]");
            assertThat(undo).hasText(texts.undo());
            assertThat(page.locator("#undo-latest")).containsText("Marie Dubois");
            assertThat(undo).hasAttribute("aria-label", Pattern.compile(".*Marie Dubois.*"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "undo-move-" + lang + "-" + width);
            undo.click();
            assertThat(page.locator("#grid-status")).containsText(texts.undone());
            assertThat(cell(page, AT_1330).locator(".m.pinned")).hasAttribute("data-a", "eu-01");
            assertEquals(AT_1330, meeting(f, eventId).get("start"));
            assertThat(page.locator("#undo-latest")).isHidden();
            assertThat(page.locator("#undo-last")).isHidden();

            // Delete asks first, naming the meeting; Escape keeps it, and focus comes back to its cell.
            cell(page, AT_1330).focus();
            page.keyboard().press("Delete");
            Locator dialog = page.locator("dialog.confirm-dialog");
            assertThat(dialog).isVisible();
            assertThat(dialog.locator("h2")).hasText(texts.takeOutTitle());
            assertThat(dialog).containsText("Marie Dubois");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "undo-confirm-take-out-" + lang + "-" + width);
            page.keyboard().press("Escape");
            assertThat(dialog).hasCount(0);
            assertEquals(AT_1330, meeting(f, eventId).get("start"));
            assertTrue((Boolean) cell(page, AT_1330).evaluate("td => document.activeElement === td"),
                    "focus did not come back to the cell");
            page.keyboard().press("Delete");
            dialog.locator("[data-confirm]").click();
            assertThat(page.locator("#grid-status")).containsText(texts.takenOut());
            assertNull(meeting(f, eventId).get("start"));
            // The newest action's Undo also stays among the grid's tools, named for what it undoes.
            Locator last = page.locator("#meeting-panel #undo-last");
            assertThat(last).hasAttribute("aria-label", Pattern.compile(".*Marie Dubois.*"));
            last.click();
            assertThat(page.locator("#grid-status")).containsText(texts.undone());
            assertThat(cell(page, AT_1330).locator(".m")).hasAttribute("data-b", "tw-01");
            assertEquals(AT_1330, meeting(f, eventId).get("start"));

            // Publishing names how many participants it mails, as the publication preview counts them; "not now"
            // publishes nothing.
            assertEquals(2, as(f.organiser).get("/api/events/{id}/publication/preview", eventId).jsonPath()
                    .getInt("mailed"));
            page.locator("#publish-button").click();
            assertThat(dialog).containsText(texts.mailed());
            Browser.assertAccessible(page);
            Browser.screenshot(page, "undo-confirm-publish-" + lang + "-" + width);
            dialog.locator("button:not([data-confirm])").click();
            as(f.organiser).get("/api/events/{id}/publication", eventId).then().statusCode(404);
            page.locator("#publish-button").click();
            dialog.locator("[data-confirm]").click();
            assertThat(page.locator("#publish-status")).containsText(texts.published());
            as(f.organiser).get("/api/events/{id}/publication", eventId).then().statusCode(200);

            // After publication, a cancelled attendance is undone from the same list: the participant and its meeting
            // come back.
            as(f.organiser).post("/api/events/{id}/participants/eu-01/cancellation", eventId).then().statusCode(200);
            page.reload();
            assertThat(page.locator("#undo-latest")).containsText(texts.cancelled());
            page.locator("#undo-latest button[data-undo]").click();
            assertThat(page.locator("#grid-status")).containsText(texts.undone());
            assertEquals(AT_1330, meeting(f, eventId).get("start"));
            as(f.organiser).get("/api/events/{id}/participants/eu-01", eventId).then().body("attendance", nullValue());

            // The solve page speaks in meetings, priority, breaks and optimality, never the raw score.
            page.navigate("/events/" + eventId + "/solve");
            assertThat(page.locator("[data-field=priority]")).isVisible();
            String text = page.locator("main").innerText();
            assertFalse(Pattern.compile("-?\\d+(hard|medium|soft)").matcher(text).find(), text);
            assertFalse(text.contains("hard/"), text);
            Browser.assertAccessible(page);
        }
    }

    @ParameterizedTest
    @CsvSource({"en,phone", "zh-TW,desk"})
    void staffUndoTheNoShowTheyMarked(String lang, String width) {
        Texts texts = Texts.of(lang);
        AccessFixture f = AccessFixture.create();
        as(f.organiser).contentType(ContentType.JSON).body(Map.of("phase", "SCHEDULED"))
                .put("/api/events/{id}/phase", f.eventId).then().statusCode(200);
        try (BrowserContext context = width.equals("desk") ? browser.desk(lang) : browser.phone(lang)) {
            Page page = context.newPage();
            Browser.login(page, f.staff, AccessFixture.PASSWORD);
            page.navigate("/events/" + f.eventId + "/staff");
            assertThat(page.locator("#undo-latest")).isHidden();
            page.locator("#attendance-participant").selectOption("eu-01");
            page.locator("#attendance-form button[type=submit]").click();
            page.locator("#attendance-yes").click();
            assertThat(page.locator("#grid .m[data-a='eu-01']")).hasCount(0);
            assertEquals("NO_SHOW", as(f.organiser).get("/api/events/{id}/participants/eu-01", f.eventId)
                    .jsonPath().getString("attendance"));

            // The Undo beside the attendance form names the no-show, and puts the meeting back.
            Locator undo = page.locator("#undo-latest button[data-undo]");
            assertThat(undo).hasText(texts.undo());
            assertThat(page.locator("#undo-latest")).containsText("Marie Dubois");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "undo-no-show-" + lang + "-" + width);
            undo.click();
            assertThat(page.locator("#undo-status")).containsText(texts.undone());
            assertThat(page.locator("#undo-status")).containsText("Marie Dubois");
            assertThat(page.locator("#grid .m[data-a='eu-01']")).hasCount(1);
            assertEquals(AT_1330, meeting(f, f.eventId).get("start"));
            assertNull(as(f.organiser).get("/api/events/{id}/participants/eu-01", f.eventId).jsonPath()
                    .getString("attendance"));
            assertThat(page.locator("#undo-latest")).isHidden();
            Browser.assertAccessible(page);
        }
    }
}
