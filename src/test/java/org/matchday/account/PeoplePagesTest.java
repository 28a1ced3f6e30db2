package org.matchday.account;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages for people, in a real browser in both languages at a desk and on a phone, axe-clean: an organiser
 * creates a staff account and adds it to an event; the staff member logs in and sees only the tabs it may open;
 * passwords are changed and reset on the pages; the participant list moves many participants to a group.
 */
@QuarkusTest
@Tag("browser")
class PeoplePagesTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String STAFF_PASSWORD = "the staff member's passphrase";
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
    @CsvSource({"en, desk", "zh-TW, phone", "zh-TW, desk", "en, phone"})
    void anOrganiserAddsAStaffMemberWhoSeesOnlyItsTabs(String lang, String size) {
        boolean chinese = lang.equals("zh-TW");
        String organiser = AccessFixture.account("people-organiser-" + unique(), "ORGANISER");
        long eventId = importSmallEvent(organiser);
        String staff = "desk-" + unique();
        try (BrowserContext context = context(lang, size)) {
            Page page = context.newPage();
            Browser.login(page, organiser, AccessFixture.PASSWORD);
            page.locator("header.top a[href='/accounts']").click();
            assertThat(page.locator("h1")).hasText(chinese ? "帳號" : "Accounts");
            assertThat(page.locator("header.top a[href^='/q/swagger-ui']")).hasCount(0);
            assertThat(page.locator("footer a[href='/q/swagger-ui/']")).hasCount(1);

            page.locator("#a-username").fill(staff);
            page.locator("#a-password").fill("short");
            page.locator("#a-role").selectOption("STAFF");
            page.locator("#account-form button[type=submit]").click();
            // The server's refusal stands beside the field it names.
            assertThat(page.locator("#a-password")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#account-form .field-error")).containsText("12");
            Browser.assertAccessible(page);

            page.locator("#a-password").fill(STAFF_PASSWORD);
            page.locator("#account-form button[type=submit]").click();
            assertThat(page.locator("#account-result .notice")).containsText(staff);
            Locator row = page.locator("#accounts-list tr[data-username='" + staff + "']");
            assertThat(row).containsText(chinese ? "工作人員" : "Staff");
            assertNoSidewaysScroll(page);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "people-accounts-" + lang + "-" + size);

            page.navigate("/events/" + eventId);
            page.locator(".event-nav a[href$='/members']").click();
            assertThat(page.locator("h1")).hasText(chinese ? "活動人員" : "People of the event");
            assertThat(page.locator(".event-nav a[aria-current=page]")).hasText(chinese ? "人員" : "People");
            page.locator("#m-username").fill("nobody-" + unique());
            page.locator("#member-form button[type=submit]").click();
            assertThat(page.locator("#m-username")).hasAttribute("aria-invalid", "true");
            page.locator("#m-username").fill(staff);
            page.locator("#member-form button[type=submit]").click();
            assertThat(page.locator("#member-result .notice")).containsText(staff);
            assertThat(page.locator("#members-list tr[data-username='" + staff + "']")).hasCount(1);
            assertNoSidewaysScroll(page);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "people-members-" + lang + "-" + size);
        }
        AccessFixture.as(organiser).get("/api/events/{eventId}/members", eventId).then().statusCode(200)
                .body("username", hasItem(staff));

        try (BrowserContext context = context(lang, size)) {
            Page page = context.newPage();
            Browser.login(page, staff, STAFF_PASSWORD);
            page.navigate("/events/" + eventId);
            List<String> tabs = page.locator(".event-nav a").all().stream().map(a -> a.getAttribute("href")).toList();
            String base = "/events/" + eventId;
            assertEquals(List.of(base, base + "/capacity", base + "/statistics", base + "/staff", base + "/desk",
                    base + "/control"), tabs);
            assertThat(page.locator("header.top a[href='/accounts']")).hasCount(0);
            assertNoSidewaysScroll(page);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "people-staff-tabs-" + lang + "-" + size);
            for (String tab : tabs) {
                Response answer = page.navigate(tab);
                assertEquals(200, answer.status(), tab);
                assertEquals(tabs.size(), page.locator(".event-nav a").count(), tab);
                assertThat(page.locator(".event-nav a[aria-current=page]")).hasAttribute("href", tab);
            }
        }
    }

    @Test
    void everybodyChangesTheirOwnPasswordAndOrganisersResetAndDisableOthers() {
        String organiser = AccessFixture.account("people-organiser-" + unique(), "ORGANISER");
        String staff = AccessFixture.account("people-staff-" + unique(), "STAFF");
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            Browser.login(page, staff, AccessFixture.PASSWORD);
            page.locator("header.top a[href='/account']").click();
            assertThat(page.locator("#own-username")).hasText(staff);
            page.locator("#p-current").fill(AccessFixture.PASSWORD);
            page.locator("#p-new").fill(STAFF_PASSWORD);
            page.locator("#p-repeat").fill(STAFF_PASSWORD + "!");
            page.locator("#password-form button[type=submit]").click();
            assertThat(page.locator("#p-repeat")).hasAttribute("aria-invalid", "true");
            page.locator("#p-current").fill("not the password at all");
            page.locator("#p-repeat").fill(STAFF_PASSWORD);
            page.locator("#password-form button[type=submit]").click();
            assertThat(page.locator("#p-current")).hasAttribute("aria-invalid", "true");
            Browser.assertAccessible(page);
            page.locator("#p-current").fill(AccessFixture.PASSWORD);
            page.locator("#password-form button[type=submit]").click();
            assertThat(page.locator("#password-result .notice")).isVisible();
            // This session goes on after its own password change.
            page.reload();
            assertThat(page.locator("#own-username")).hasText(staff);
            Browser.screenshot(page, "people-own-account-en");
        }
        given().auth().preemptive().basic(staff, STAFF_PASSWORD).get("/api/accounts/me").then().statusCode(200);

        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            Browser.login(page, organiser, AccessFixture.PASSWORD);
            page.navigate("/accounts");
            Locator row = page.locator("#accounts-list tr[data-username='" + staff + "']");
            row.locator("details.reset summary").click();
            row.locator("input[name=password]").fill("another long passphrase");
            row.locator("form.reset-form button").click();
            assertThat(page.locator("#accounts-result .notice")).containsText(staff);
            page.locator("#accounts-list tr[data-username='" + staff + "'] button[data-action=disable]").click();
            assertThat(page.locator("#accounts-result .notice")).containsText(staff);
            assertThat(page.locator("#accounts-list tr[data-username='" + staff + "'] button[data-action=enable]"))
                    .hasCount(1);
            // The organiser's own row offers neither disabling nor a reset.
            assertThat(page.locator("#accounts-list tr[data-username='" + organiser + "'] button")).hasCount(0);
            Browser.assertAccessible(page);
        }
        given().auth().preemptive().basic(staff, STAFF_PASSWORD).get("/api/accounts/me").then().statusCode(401);
        given().post("/api/accounts/{username}/enable", staff).then().statusCode(200);
        given().auth().preemptive().basic(staff, "another long passphrase").get("/api/accounts/me").then()
                .statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "zh-TW"})
    void theParticipantListMovesTheSelectedToAGroupAndOffersTheSheets(String lang) {
        String organiser = AccessFixture.account("people-organiser-" + unique(), "ORGANISER");
        long eventId = importSmallEvent(organiser);
        try (BrowserContext context = browser.desk(lang)) {
            Page page = context.newPage();
            Browser.login(page, organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + eventId + "/participants");
            Locator move = page.locator("#group-submit");
            assertThat(move).isDisabled();
            // A disabled button looks switched off, not like the active accent-blue one.
            String disabledBackground = (String) move.evaluate("b => getComputedStyle(b).backgroundColor");
            assertEquals("rgb(228, 232, 237)", disabledBackground);
            page.locator("input[data-select='eu-01']").check();
            page.locator("input[data-select='eu-02']").check();
            assertThat(move).isEnabled();
            assertNotEquals(disabledBackground, move.evaluate("b => getComputedStyle(b).backgroundColor"));
            page.locator("#g-group").fill("Investors");
            move.click();
            assertThat(page.locator("#group-result .notice")).containsText("Investors");
            assertThat(page.locator("#participant-rows tr[data-participant='eu-01']")).containsText("Investors");
            assertThat(page.locator("#sheet-downloads a[href$='participants.csv?lang=" + lang + "']")).hasCount(1);
            Browser.assertAccessible(page);
        }
        given().get("/api/events/{eventId}/participants/eu-02", eventId).then().body("group", equalTo("Investors"));
    }

    @Test
    void theIconIsServed() {
        given().auth().none().get("/favicon.ico").then().statusCode(200);
        given().auth().none().get("/favicon.svg").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("image/svg+xml"));
    }

    private static BrowserContext context(String lang, String size) {
        return size.equals("phone") ? browser.phone(lang) : browser.desk(lang);
    }

    private static long importSmallEvent(String organiser) {
        return AccessFixture.as(organiser).contentType(ContentType.JSON)
                .body(TestEvents.document("small-event.json")).post("/api/events/import").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String unique() {
        return NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static void assertNoSidewaysScroll(Page page) {
        List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth,"
                + " document.documentElement.clientWidth]");
        assertTrue(((Number) widths.get(0)).intValue() <= ((Number) widths.get(1)).intValue(),
                page.url() + " scrolls sideways: " + widths);
    }
}
