package org.matchday.day;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matchday.config.SettableClock;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * The event-day pages in a phone's width, in English and Traditional Chinese: the desk checks a participant in by
 * search and by the address its QR code holds (read back from the agenda PDF and from the personal page), the
 * control room follows a check-in made elsewhere without a reload, and a participant's page names its next meeting.
 */
@QuarkusTest
@Tag("browser")
class DayPagesTest {

    private static final int PHONE = 375;

    private static Browser browser;

    @Inject
    SettableClock clock;

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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void theDeskChecksInBySearchAndByQrCode(String lang) throws Exception {
        boolean english = lang.equals("en");
        DayFixture day = DayFixture.published();
        clock.set(DayFixture.at("13:00"));
        try (BrowserContext context = browser.context(lang, PHONE, 812)) {
            Page page = context.newPage();
            Browser.login(page, day.staff, AccessFixture.PASSWORD);
            page.navigate("/events/" + day.eventId + "/desk");
            assertThat(page.locator("h1")).hasText(english ? "Desk" : "報到櫃檯");

            // As-you-type: part of the organisation's name finds the participant, one tap checks it in.
            page.locator("#desk-search").fill("levante");
            page.locator("#desk-results button[data-check-in='eu-03']").click();
            assertThat(page.locator("#desk-results [data-status='eu-03']"))
                    .hasText(english ? "Checked in at 13:00" : "已於 13:00 報到");
            assertEquals(List.of("eu-03"), checkedIn(day));
            assertFitsThePhone(page);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "day-desk-" + lang);
            // Undo, for a mistake.
            assertThat(page.locator("#desk-results button[data-check-in='eu-03']")).isHidden();
            page.locator("#desk-results button[data-undo='eu-03']").click();
            assertThat(page.locator("#desk-results [data-status='eu-03']"))
                    .hasText(english ? "Not checked in" : "尚未報到");
            assertEquals(List.of(), checkedIn(day));

            // A pair who meet already: the desk's booking is refused with the reason, in the page's language.
            Map<String, Object> meeting = day.scheduled().get(0);
            List<?> pair = (List<?>) meeting.get("participants");
            page.locator("#quick-a").selectOption((String) pair.get(0));
            page.locator("#quick-b").selectOption((String) pair.get(1));
            page.locator("#quick-form button[type=submit]").click();
            assertThat(page.locator("#quick-problem")).containsText(english ? "meet already" : "已有會談");

            // The QR code printed on eu-05's agenda holds the desk's address for eu-05; opened, one tap checks in.
            byte[] pdf = as(day.organiser).get("/api/events/{e}/participants/{p}/agenda.pdf", day.eventId, "eu-05")
                    .then().statusCode(200).extract().asByteArray();
            String url = decode(firstImage(pdf));
            assertEquals(Browser.baseUrl() + "/events/" + day.eventId + "/desk?participant=eu-05", url);
            page.navigate(url);
            assertThat(page.locator("#focus h2")).hasText((String) participant(day, "eu-05").get("name"));
            page.locator("#focus button[data-check-in='eu-05']").click();
            assertThat(page.locator("#focus [data-status='eu-05']"))
                    .hasText(english ? "Checked in at 13:00" : "已於 13:00 報到");
            assertThat(page.locator("#focus button[data-check-in='eu-05']")).isHidden();
            assertThat(page.locator("#focus button[data-undo='eu-05']")).isVisible();
            assertEquals(List.of("eu-05"), checkedIn(day));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "day-desk-qr-" + lang);
        }
        // Without staff rights the address leads to the login page, and a participant is refused.
        try (BrowserContext context = browser.context(lang, PHONE, 812)) {
            Page page = context.newPage();
            page.navigate("/events/" + day.eventId + "/desk?participant=eu-05");
            assertTrue(page.url().contains("/login"), page.url());
            page.navigate("/p/" + day.token("eu-04"));
            com.microsoft.playwright.Response refused = page.navigate("/events/" + day.eventId
                    + "/desk?participant=eu-05");
            assertEquals(403, refused.status());
        }
    }

    @Test
    void theControlRoomFollowsTheDayWithoutReload() {
        DayFixture day = DayFixture.published();
        clock.set(DayFixture.at("14:30"));
        int expected = as(day.staff).get("/api/events/{e}/day", day.eventId).then().statusCode(200).extract()
                .jsonPath().getInt("expected");
        try (BrowserContext context = browser.context("zh-TW", PHONE, 812)) {
            Page page = context.newPage();
            Browser.login(page, day.staff, AccessFixture.PASSWORD);
            page.navigate("/events/" + day.eventId + "/control");
            assertThat(page.locator("h1")).hasText("控制室");
            assertThat(page.locator("#day-checked-in")).hasText("0 / " + expected);
            assertThat(page.locator("#day-now")).hasText("2018-06-05 14:30");
            page.evaluate("() => { window.stayed = true; }");

            as(day.staff).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-06").then()
                    .statusCode(200);
            assertThat(page.locator("#day-checked-in")).hasText("1 / " + expected,
                    new LocatorAssertions.HasTextOptions().setTimeout(25_000));
            assertEquals(Boolean.TRUE, page.evaluate("() => window.stayed === true"), "the page was reloaded");
            assertFitsThePhone(page);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "day-control-zh-TW");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void aParticipantsPageShowsItsNextMeetingAndItsCheckInCode(String lang) throws Exception {
        boolean english = lang.equals("en");
        DayFixture day = DayFixture.published();
        clock.set(DayFixture.at("13:00"));
        List<Map<String, Object>> mine = new ArrayList<>(day.scheduled().stream()
                .filter(m -> DayFixture.involves(m, "eu-01")).toList());
        mine.sort(Comparator.comparing(m -> (String) m.get("start")));
        Map<String, Object> first = mine.get(0);
        List<?> pair = (List<?>) first.get("participants");
        String partner = (String) (pair.get(0).equals("eu-01") ? pair.get(1) : pair.get(0));
        String time = ((String) first.get("start")).substring(11, 16);
        try (BrowserContext context = browser.context(lang, PHONE, 812)) {
            Page page = context.newPage();
            page.navigate("/p/" + day.token("eu-01"));
            page.navigate("/participant/day");
            assertThat(page.locator("#next-meeting")).containsText((english ? "Next meeting: " : "下一場會議：")
                    + time);
            assertThat(page.locator("#next-meeting")).containsText((String) participant(day, partner).get("name"));
            // The organiser has not let participants check themselves in: no button, but the code for the desk.
            assertThat(page.locator("#my-check-in")).hasCount(0);
            byte[] png = page.locator(".day-qr svg").screenshot();
            assertEquals(Browser.baseUrl() + "/events/" + day.eventId + "/desk?participant=eu-01",
                    decode(ImageIO.read(new ByteArrayInputStream(png))));
            assertFitsThePhone(page);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "day-participant-" + lang);

            // Staff mark that partner as a no-show: the page says so, and the next meeting is the one after.
            as(day.staff).post("/api/events/{e}/participants/{p}/no-show", day.eventId, partner).then()
                    .statusCode(200);
            page.reload();
            String name = (String) participant(day, partner).get("name");
            assertThat(page.locator(".day-lost")).containsText(name);
            assertThat(page.locator(".day-lost")).containsText(time);
            assertThat(page.locator("#next-meeting")).not().containsText(name);
            if (mine.size() > 1) {
                assertThat(page.locator("#next-meeting")).containsText(((String) mine.get(1).get("start"))
                        .substring(11, 16));
            }
            Browser.assertAccessible(page);
        }
    }

    @Test
    void theOrganiserLetsParticipantsCheckThemselvesInAndOneDoes() {
        DayFixture day = DayFixture.published();
        clock.set(DayFixture.at("13:10"));
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            Browser.login(page, day.organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + day.eventId + "/setup");
            page.locator("#ev-self-check-in").check();
            page.locator("#settings-form button[type=submit]").click();
            assertThat(page.locator("#settings-result")).not().isEmpty();
        }
        assertEquals(Boolean.TRUE, as(day.organiser).get("/api/events/{e}", day.eventId).then().statusCode(200)
                .extract().jsonPath().getBoolean("selfCheckIn"));
        Map<String, Object> first = day.scheduled().stream().filter(m -> DayFixture.involves(m, "eu-02")).findFirst()
                .orElseThrow();
        List<?> pair = (List<?>) first.get("participants");
        String partner = (String) (pair.get(0).equals("eu-02") ? pair.get(1) : pair.get(0));
        try (BrowserContext context = browser.context("zh-TW", PHONE, 812)) {
            Page page = context.newPage();
            page.navigate("/p/" + day.token("eu-02"));
            page.navigate("/participant/day");
            page.locator("#my-check-in").click();
            assertThat(page.locator("#my-check-in-status")).hasText("您已於 13:10 報到。");
            assertThat(page.locator("#my-check-in")).isHidden();
            assertEquals(List.of("eu-02"), checkedIn(day));
            // Booking a partner it meets already is refused with the reason, in the page's language.
            page.locator("#my-quick-partner").selectOption(partner);
            page.locator("#my-quick-form button[type=submit]").click();
            assertThat(page.locator("#my-quick-problem")).containsText("已有會談");
            Browser.assertAccessible(page);
            page.locator("#my-check-in-undo").click();
            assertThat(page.locator("#my-check-in-status")).hasText("您尚未報到。");
            assertEquals(List.of(), checkedIn(day));
        }
    }

    private static Map<String, Object> participant(DayFixture day, String code) {
        return as(day.organiser).get("/api/events/{e}/participants/{p}", day.eventId, code).then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    private static List<String> checkedIn(DayFixture day) {
        return as(day.staff).get("/api/events/{e}/check-ins", day.eventId).then().statusCode(200).extract()
                .jsonPath().getList("participant");
    }

    private static void assertFitsThePhone(Page page) {
        List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        int scroll = ((Number) widths.get(0)).intValue();
        int window = ((Number) widths.get(1)).intValue();
        assertTrue(scroll <= window, page.url() + " is " + scroll + " px wide in a window of " + window);
    }

    private static BufferedImage firstImage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    return image.getImage();
                }
            }
        }
        throw new AssertionError("the agenda's first page holds no image");
    }

    /** Reads a QR code back with ZXing, a decoder that shares no code with the encoder. */
    private static String decode(BufferedImage image) throws NotFoundException, com.google.zxing.FormatException,
            com.google.zxing.ChecksumException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
