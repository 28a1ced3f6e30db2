package org.matchday.web;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchday.export.ReadBack;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant's whole journey in Chromium, in English at a desk and in Traditional Chinese on a phone: it opens
 * its personal link and lands on its home with the token gone from the address, edits its profile and when it can
 * meet, finds a partner, sends a wish (and sees a refused one explained), withdraws another; a second participant
 * accepts its wish; after the organiser solves and publishes, it reads its agenda, downloads the PDF and the
 * calendar and finds the calendar subscription. A revoked link leads to the page saying so.
 */
@QuarkusTest
@Tag("browser")
class ParticipantJourneyPagesTest {

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

    @ParameterizedTest(name = "{0} on a {1}")
    @CsvSource({"en, desk", "zh-TW, phone"})
    void aParticipantGoesFromItsLinkToItsAgenda(String lang, String size) throws IOException {
        Texts t = new Texts(lang);
        String suffix = size.equals("phone") ? "phone-" + lang : lang;
        ParticipantEvent event = ParticipantEvent.start().phase("REGISTRATION");
        String token = event.tokens.get("eu-castra");

        try (BrowserContext castra = open(lang, size)) {
            Page page = castra.newPage();
            page.navigate(event.link("eu-castra"));
            assertThat(page).hasURL(Browser.baseUrl() + "/p");
            assertFalse(page.content().contains(token), "the token left the page");
            Cookie cookie = castra.cookies().stream().filter(c -> c.name.equals("matchday-link")).findFirst()
                    .orElseThrow();
            assertTrue(cookie.httpOnly, "HTTP-only cookie");
            assertEquals(SameSiteAttribute.LAX, cookie.sameSite);
            assertThat(page.locator("h1")).hasText("Taiwan-EU Cluster Cooperation Seminar (workflow test)");
            assertThat(page.locator("main")).containsText(t.of("Welcome, Marie Dubois", "Marie Dubois，歡迎您"));
            assertThat(page.locator(".p-phase")).hasText(t.of("Registration", "報名中"));
            assertThat(page.locator("main")).containsText(t.of("Complete your profile", "請完成您的個人資料"));
            assertPage(page, "participant-home-" + suffix, size);

            // The profile: saved through the API, as the organiser then reads it.
            page.locator(".p-nav a[href='/participant/profile']").click();
            assertThat(page.locator("h1")).hasText(t.of("Your profile", "您的個人資料"));
            page.locator("#description").fill("Bulgarian aerospace and ICT cluster");
            page.locator("#offers").fill("Avionics test benches");
            page.locator("#seeks").fill("Taiwanese drone makers");
            page.locator("#sectors").fill("Aerospace, ICT, Drones");
            page.locator("#languages").fill(lang.equals("en") ? "en, bg" : "zh-TW, en");
            page.locator("#profile-form button[type=submit]").click();
            assertThat(page.locator("#profile-form .p-status")).hasText(t.of("Saved.", "已儲存。"));
            Map<String, Object> stored = event.stored("eu-castra");
            assertEquals("Avionics test benches", stored.get("offers"));
            assertEquals(List.of("Aerospace", "ICT", "Drones"), stored.get("sectors"));

            // When it can meet: a window outside the session is refused next to the window, then a good one saved.
            page.locator("#mode-windows").check();
            page.locator("#w0-session").selectOption("pm");
            page.locator("#w0-from").fill("09:00");
            page.locator("#w0-to").fill("10:00");
            page.locator("#availability-form button[type=submit]").click();
            assertThat(page.locator("#w0-error")).isVisible();
            assertThat(page.locator("#w0-from")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#availability-form .p-problem")).containsText(
                    t.of("Your changes were not saved", "您的變更未能儲存"));
            assertPage(page, "participant-profile-error-" + suffix, size);
            page.locator("#w0-from").fill("13:30");
            page.locator("#w0-to").fill("15:10");
            page.locator("#availability-form button[type=submit]").click();
            assertThat(page.locator("#availability-form .p-status")).hasText(t.of("Saved.", "已儲存。"));
            assertThat(page.locator("#w0-error")).isHidden();
            assertEquals(List.of(Map.of("session", "pm", "from", "13:30", "to", "15:10")),
                    event.stored("eu-castra").get("availability"));
            assertPage(page, "participant-profile-" + suffix, size);

            // Partners: wishes open; a search by words and group finds the aerospace association.
            event.phase("WISHES_OPEN");
            page.locator(".p-nav a[href='/participant/partners']").click();
            page.locator("#q").fill("航太");
            page.locator("#filter-group").selectOption("Taiwanese association");
            page.locator(".p-search button[type=submit]").click();
            assertThat(page.locator("#results-heading")).hasText(t.of("1 participant found", "找到 1 位參與者"));
            Locator aero = page.locator("#partner-tw-aero");
            assertThat(aero).containsText("台灣區航太工業同業公會");
            aero.locator("summary").click();
            aero.locator("select[data-field=priority]").selectOption("5");
            aero.locator("textarea[data-field=note]").fill("Avionics and drone testing?");
            assertPage(page, "participant-partners-" + suffix, size);
            aero.locator("button[type=submit]").click();
            assertThat(aero.locator(".p-status")).hasText(t.of("Wish sent to 航太公會代表.", "已向 航太公會代表 送出媒合意願。"));

            // A wish the rules refuse says which rule: EU clusters may not ask each other.
            page.navigate("/participant/partners?q=Nordic");
            Locator nordic = page.locator("#partner-eu-nordic");
            nordic.locator("summary").click();
            nordic.locator("button[type=submit]").click();
            assertThat(nordic.locator(".p-problem")).containsText(t.of("The wish was not sent", "媒合意願未送出"));
            assertThat(nordic.locator(".p-problem")).containsText(t.of(
                    "The event's rules do not let \"EU cluster\" ask \"EU cluster\".",
                    "活動規則不允許「EU cluster」組的參加者邀請「EU cluster」組的參加者。"));
            assertPage(page, "participant-partners-refused-" + suffix, size);

            // Wishes: one more sent over the API, withdrawn on the page.
            String cnfi = event.wish("eu-castra", "tw-cnfi", 2);
            page.locator(".p-nav a[href='/participant/wishes']").click();
            assertThat(page.locator("#sent-heading")).hasText(t.of("Sent (2)", "送出的意願（2）"));
            assertPage(page, "participant-wishes-" + suffix, size);
            page.locator("#wish-" + cnfi + " button[data-done=withdrawn]").click();
            assertThat(page.locator("main .notice[role=status]")).hasText(
                    t.of("You withdrew your wish.", "您已撤回媒合意願。"));
            assertThat(page.locator("#sent-heading")).hasText(t.of("Sent (1)", "送出的意願（1）"));
        }

        // A second participant accepts the wish on its own page.
        try (BrowserContext aero = open(lang, size)) {
            Page page = aero.newPage();
            page.navigate(event.link("tw-aero"));
            page.navigate("/participant/wishes");
            Locator received = page.locator(".p-wish-card").filter(new Locator.FilterOptions().setHasText("Marie Dubois"));
            assertThat(received).containsText("Avionics and drone testing?");
            assertThat(received).containsText(t.of("5 – must meet", "5 – 務必會面"));
            received.locator("button[data-done=accepted]").click();
            assertThat(page.locator("main .notice[role=status]")).hasText(
                    t.of("You accepted the wish.", "您已接受此媒合意願。"));
            assertThat(page.locator(".p-wish-card").filter(new Locator.FilterOptions().setHasText("Marie Dubois"))
                    .locator(".badge.p-status-ACCEPTED")).hasText(t.of("Accepted", "已接受"));
            assertPage(page, "participant-wishes-received-" + suffix, size);
        }

        // The organiser solves and publishes; the agenda appears, with the viewer's own time beside the event's.
        event.solveAndPublish();
        try (BrowserContext castra = open(lang, size)) {
            Page page = castra.newPage();
            castra.newCDPSession(page).send("Emulation.setTimezoneOverride", timezone("Europe/Paris"));
            page.navigate(event.link("eu-castra"));
            assertThat(page.locator(".p-phase")).hasText(t.of("Published", "已公布"));
            page.locator(".p-links a[href='/participant/agenda']").click();
            assertThat(page.locator("h1")).hasText(t.of("Your agenda", "您的議程"));
            Locator meeting = page.locator(".p-meeting");
            assertThat(meeting).hasCount(1);
            assertThat(meeting.locator("time")).hasText(Pattern.compile("1[3-4]:[0-5]\\d–1[3-5]:[0-5]\\d"));
            assertThat(meeting).containsText("航太公會代表");
            assertThat(meeting).containsText("台灣區航太工業同業公會");
            assertThat(meeting).containsText(t.of("Table: T02", "桌號：T02"));
            // Taipei is six hours ahead of Paris in June.
            assertThat(meeting.locator(".p-local")).containsText(t.of("Your time:", "您的當地時間："));
            assertThat(meeting.locator(".p-local")).containsText(Pattern.compile("0[7-8]:[0-5]\\d"));
            assertThat(page.locator("#zone-note")).containsText("Europe/Paris");
            assertPage(page, "participant-agenda-" + suffix, size);

            Download pdf = page.waitForDownload(() -> page.locator("a[href$='agenda.pdf?lang=" + lang + "']").click());
            String text = ReadBack.pdfText(Files.readAllBytes(pdf.path()));
            assertTrue(text.contains("航太公會代表"), text);
            assertTrue(text.contains(t.of("1 meeting", "1 場會議")), text);
            Download ics = page.waitForDownload(() -> page.locator("a[href$='agenda.ics?lang=" + lang + "']").click());
            Calendar calendar = ReadBack.calendar(Files.readAllBytes(ics.path()));
            VEvent entry = calendar.<VEvent>getComponents("VEVENT").get(0);
            assertEquals(t.of("Meeting with 航太公會代表 (台灣區航太工業同業公會)", "與 航太公會代表（台灣區航太工業同業公會）會面"),
                    entry.getSummary().getValue());

            // Add to calendar: the only place the token shows, below the personal link; calendar apps send no cookie.
            String subscription = page.locator("#subscribe").getAttribute("href");
            assertTrue(subscription.matches("webcal://localhost:\\d+/p/" + Pattern.quote(token) + "/agenda.ics"),
                    subscription);
            assertEquals(1, page.content().split(Pattern.quote(token), -1).length - 1, "the token shows once");
            String subscribed = given().auth().none().get(subscription.replaceFirst("^webcal:", "http:"))
                    .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                    .extract().asString();
            // Without ?lang=, the calendar speaks the participant's first language, which its profile set.
            assertTrue(subscribed.contains(t.of("SUMMARY:Meeting with 航太公會代表", "SUMMARY:與 航太公會代表")), subscribed);
        }

        // A revoked link leads to the page that says so.
        event.revoke("tw-aero");
        try (BrowserContext stranger = open(lang, size)) {
            Page page = stranger.newPage();
            page.navigate(event.link("tw-aero"));
            assertThat(page).hasURL(Browser.baseUrl() + "/link-invalid");
            assertThat(page.locator("h1")).hasText(t.of("This link no longer works", "此連結已無法使用"));
            assertPage(page, "participant-link-invalid-" + suffix, size);
        }
    }

    private static BrowserContext open(String lang, String size) {
        return size.equals("phone") ? browser.phone(lang) : browser.desk(lang);
    }

    private static JsonObject timezone(String zone) {
        JsonObject arguments = new JsonObject();
        arguments.addProperty("timezoneId", zone);
        return arguments;
    }

    /** axe-core finds nothing serious, nothing is wider than the screen, and the page is saved as a screenshot. */
    static void assertPage(Page page, String screenshot, String size) {
        Browser.assertAccessible(page);
        ParticipantPhone.assertFitsTheScreen(page);
        if (size.equals("phone")) {
            ParticipantPhone.assertTapTargets(page);
        }
        Browser.screenshot(page, screenshot);
    }

    /** The English or the Chinese of an expected text. */
    record Texts(String lang) {
        String of(String english, String chinese) {
            return lang.equals("en") ? english : chinese;
        }
    }
}
