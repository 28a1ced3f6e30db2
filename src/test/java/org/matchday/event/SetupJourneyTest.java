package org.matchday.event;

import org.matchday.web.Browser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organiser's main journey, in English and in Traditional Chinese: log in, import the 2018 sample through the
 * events page, open the event, move it through phases and see a refused move explained, edit the rules, add a
 * session whose live preview matches the slots the API derives, search the participants, import a sheet with a bad
 * row and see its line and column, issue personal links and download them, and check capacity. Every page passes
 * axe-core and is saved as a screenshot.
 */
@QuarkusTest
@Tag("browser")
class SetupJourneyTest {

    /** What the pages say in each language, where a test reads words rather than numbers. */
    record Texts(Map<String, String> phases, String refused, String rulesSaved, String navSetup,
            String navParticipants, String navCapacity, String setupTitle, String participantsTitle,
            String capacityTitle, String issued, String saved) {

        static Texts of(String lang) {
            if (lang.equals("zh-TW")) {
                return new Texts(Map.of("DRAFT", "草稿", "REGISTRATION", "報名中", "WISHES_OPEN", "開放媒合意願",
                        "WISHES_CLOSED", "媒合意願已截止", "SCHEDULED", "已排程"), "活動無法移至「已排程」：",
                        "規則已儲存。", "活動設定", "參與者", "容量檢查", "活動設定", "參與者", "容量檢查",
                        "已核發個人連結：34 個。", "已儲存。");
            }
            return new Texts(Map.of("DRAFT", "Draft", "REGISTRATION", "Registration", "WISHES_OPEN", "Wishes open",
                    "WISHES_CLOSED", "Wishes closed", "SCHEDULED", "Scheduled"),
                    "The event could not move to Scheduled:", "The rules are saved.", "Set-up", "Participants",
                    "Capacity", "Set-up", "Participants", "Capacity check", "Personal links issued: 34.", "Saved.");
        }
    }

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
    void anOrganiserSetsUpTheSampleEvent(String lang) throws IOException {
        Texts t = Texts.of(lang);
        String organiser = SetupFixture.organiser();
        try (BrowserContext context = browser.desk(lang)) {
            Page page = SetupFixture.loggedIn(context, organiser);
            List<String> scriptErrors = new ArrayList<>();
            page.onPageError(scriptErrors::add);
            long eventId = importTheSample(page);

            eventPage(page, t, eventId, lang);
            rules(page, t, eventId);
            sessions(page, t, eventId, lang);
            participants(page, t, eventId, lang);
            capacity(page, t, eventId, lang);
            assertEquals(List.of(), scriptErrors);
        }
    }

    private static long importTheSample(Page page) {
        page.navigate("/events");
        page.locator("#file").setInputFiles(Path.of("sample-events", SetupFixture.SAMPLE));
        page.locator("form[action='/events/import'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/events/\\d+$"));
        Matcher id = Pattern.compile("/events/(\\d+)$").matcher(page.url());
        assertTrue(id.find(), page.url());
        return Long.parseLong(id.group(1));
    }

    private static void eventPage(Page page, Texts t, long eventId, String lang) {
        assertThat(page.locator("h1")).containsText("Taiwan-EU Cluster Cooperation Seminar 2018");
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("#current-phase")).hasText(t.phases().get("DRAFT"));
        assertThat(page.locator("dl.counts")).containsText("34");
        assertThat(page.locator("dl.facts")).containsText("Asia/Taipei");
        Browser.assertAccessible(page);

        for (String phase : List.of("REGISTRATION", "WISHES_OPEN", "WISHES_CLOSED")) {
            page.locator("#phase").selectOption(phase);
            page.locator("#phase-form button[type=submit]").click();
            assertThat(page.locator("#phase-result .notice")).containsText(t.phases().get(phase));
            assertThat(page.locator("#current-phase")).hasText(t.phases().get(phase));
        }

        // The sample's only meeting is taken out of the timetable, so there is nothing to schedule.
        APIResponse unscheduled = page.request().delete("/api/events/" + eventId + "/meetings/eu-01/tw-sipo/slot");
        assertEquals(200, unscheduled.status(), unscheduled.text());
        page.locator("#phase").selectOption("SCHEDULED");
        page.locator("#phase-form button[type=submit]").click();
        Locator refusal = page.locator("#phase-result [role=alert]");
        assertThat(refusal).containsText(t.refused());
        assertThat(refusal).containsText(lang.equals("en") ? "no timetable yet" : "還沒有時間表");
        assertThat(page.locator("#current-phase")).hasText(t.phases().get("WISHES_CLOSED"));
        assertThat(page.locator("#phase")).hasValue("WISHES_CLOSED");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "setup-event-" + lang);
    }

    private static void rules(Page page, Texts t, long eventId) {
        page.locator("#add-pair").click();
        page.locator("#add-pair").click();
        Locator rows = page.locator("#pairs tr");
        assertThat(rows).hasCount(2);
        rows.nth(0).locator("[name=from]").fill("EU cluster");
        rows.nth(0).locator("[name=to]").fill("Taiwanese association");
        rows.nth(1).locator("[name=from]").fill("Taiwanese association");
        rows.nth(1).locator("[name=to]").fill("EU cluster");
        page.locator("#max-wishes").fill("8");
        page.locator("#late-wishes").check();
        page.locator("#rules-form button[type=submit]").click();
        assertThat(page.locator("#rules-result .notice")).hasText(t.rulesSaved());

        JsonPath rules = new JsonPath(page.request().get("/api/events/" + eventId + "/rules").text());
        assertEquals(List.of(Map.of("from", "EU cluster", "to", "Taiwanese association"),
                Map.of("from", "Taiwanese association", "to", "EU cluster")), rules.getList("allowedPairs"));
        assertEquals(8, rules.getInt("maxWishesPerParticipant"));
        assertTrue(rules.getBoolean("acceptanceRequired"));
        assertTrue(rules.getBoolean("lateWishes"));

        page.reload();
        assertThat(page.locator("#pairs tr")).hasCount(2);
        assertThat(page.locator("#pairs tr").nth(1).locator("[name=from]")).hasValue("Taiwanese association");
        assertThat(page.locator("#max-wishes")).hasValue("8");
        assertThat(page.locator("#late-wishes")).isChecked();
    }

    private static void sessions(Page page, Texts t, long eventId, String lang) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t.navSetup()).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(t.setupTitle());
        assertThat(page.locator("#sessions-list tr[data-session=pm]")).containsText("13:30–17:30");
        Browser.assertAccessible(page);

        // The sample's session, loaded into the form, previews the slots the API derives for it.
        page.locator("[data-edit-session=pm]").click();
        assertThat(page.locator("#s-id")).hasValue("pm");
        assertThat(page.locator("#preview-list li.slot")).hasCount(9);
        assertEquals(apiSlots(page, eventId, "pm"), previewSlots(page));
        page.locator("#session-cancel").click();

        page.locator("#s-id").fill("evening");
        page.locator("#s-name").fill("Evening round");
        page.locator("#s-date").fill("2018-06-05");
        page.locator("#s-start").fill("18:00");
        page.locator("#s-end").fill("20:00");
        page.locator("#s-meeting").fill("20");
        page.locator("#s-gap").fill("5");
        assertThat(page.locator("#preview-list li.slot")).hasCount(5);
        assertThat(page.locator("#preview-summary")).containsText("20:00");
        page.locator("#add-break").click();
        page.locator("[name=break-start]").fill("19:00");
        page.locator("[name=break-end]").fill("19:15");
        // 18:50 would overlap the pause: the third meeting starts when the pause ends.
        assertThat(page.locator("#preview-list li.slot")).hasText(new String[] {
                "18:00–18:20", "18:25–18:45", "19:15–19:35", "19:40–20:00"});
        assertThat(page.locator("#preview-list li.pause")).hasCount(1);
        List<String> preview = previewSlots(page);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "setup-sessions-" + lang);

        page.locator("#session-form button[type=submit]").click();
        assertThat(page.locator("#session-result .notice")).hasText(t.saved());
        assertThat(page.locator("#sessions-list tr[data-session=evening] td.num").last()).hasText("4");
        assertEquals(apiSlots(page, eventId, "evening"), preview);
    }

    private static List<String> previewSlots(Page page) {
        List<String> slots = new ArrayList<>();
        Locator items = page.locator("#preview-list li.slot");
        for (int i = 0; i < items.count(); i++) {
            slots.add(items.nth(i).getAttribute("data-start") + "/" + items.nth(i).getAttribute("data-end"));
        }
        return slots;
    }

    private static List<String> apiSlots(Page page, long eventId, String session) {
        List<Map<String, Object>> slots = new JsonPath(page.request().get("/api/events/" + eventId + "/slots").text())
                .getList("$");
        return slots.stream().filter(s -> session.equals(s.get("session")))
                .map(s -> s.get("start") + "/" + s.get("end")).toList();
    }

    private static void participants(Page page, Texts t, long eventId, String lang) throws IOException {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t.navParticipants()).setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText(t.participantsTitle());
        assertThat(page.locator("#participant-rows tr")).hasCount(25);
        assertThat(page.locator("#search-count")).containsText("34");
        Browser.assertAccessible(page);

        page.locator("#q").fill("makela");
        assertThat(page.locator("#participant-rows tr")).hasCount(1);
        assertThat(page.locator("#participant-rows")).containsText("Aino Mäkelä");
        page.locator("#q").fill("");
        page.locator("#f-country").selectOption("TW");
        assertThat(page.locator("#participant-rows tr")).hasCount(17);
        assertThat(page.locator("#page-next")).isHidden();
        page.locator("#f-country").selectOption("");
        assertThat(page.locator("#participant-rows tr")).hasCount(25);
        // The unfiltered first page has answered (not a late answer of an earlier search) before paging on.
        assertThat(page.locator("#search-count")).containsText("1–25");
        page.locator("#page-next").click();
        assertThat(page.locator("#participant-rows tr")).hasCount(9);
        assertThat(page.locator("#search-count")).containsText("26–34");

        importSheetWithABadRow(page, eventId, lang);

        page.locator("#links-all").click();
        assertThat(page.locator("#links-result .notice")).containsText(t.issued());
        Download download = page.waitForDownload(() -> page.locator("#links-download").click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertEquals("participant,url", lines.get(0));
        assertEquals(35, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(line -> line.matches("[A-Za-z0-9._~-]+,http://[^,]+/p/[^,]+")),
                String.join("\n", lines));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "setup-participants-" + lang);
    }

    /**
     * The sheet import answers 400 with each bad cell at 'line N, column "header"'. Until that endpoint is in this
     * build (it is built on another branch), the browser gets the answer the contract describes.
     */
    private static void importSheetWithABadRow(Page page, long eventId, String lang) throws IOException {
        Path sheet = Files.createTempFile("participants", ".csv");
        Files.writeString(sheet, "id,name,organisation,group,country\n"
                + "eu-90,Marta Nowak,Silesian Aviation Cluster,EU cluster,PL\n"
                + "eu-91,Jan Novák,Moravian Aerospace Cluster,EU cluster,Atlantis\n", StandardCharsets.UTF_8);
        page.locator("#import-file").setInputFiles(sheet);
        page.locator("#import-form button[type=submit]").click();
        Locator errors = page.locator("#import-result table.import-errors tbody tr");
        assertThat(errors).hasCount(1);
        assertThat(errors.first().locator("td").nth(0)).hasText("3");
        assertThat(errors.first().locator("td").nth(1)).hasText("country");
        assertThat(page.locator("#import-result [role=alert]")).isFocused();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "setup-import-errors-" + lang);
        Files.delete(sheet);
    }

    private static void capacity(Page page, Texts t, long eventId, String lang) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t.navCapacity()).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(t.capacityTitle());
        JsonPath report = new JsonPath(page.request().get("/api/events/" + eventId + "/capacity").text());
        assertThat(page.locator("#capacity-requested")).containsText(String.valueOf(report.getInt("meetings")));
        assertThat(page.locator("#capacity-ceiling")).containsText(String.valueOf(report.getLong("upperBound")));
        assertThat(page.locator("#capacity-room")).containsText(String.valueOf(report.getInt("slots")));
        assertThat(page.locator("a[href='/events/" + eventId + "/solve'].button")).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "setup-capacity-" + lang);
    }
}
