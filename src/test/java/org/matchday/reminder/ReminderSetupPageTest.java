package org.matchday.reminder;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The reminders section of the set-up page: it shows the settings in force, a refusal next to the field it names,
 * saves what the API then answers, and sends what is due; in both languages, accessible.
 */
@QuarkusTest
@Tag("browser")
class ReminderSetupPageTest {

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
    void theOrganiserTurnsRemindersOnAndIsToldWhatIsWrong() {
        String organiser = AccessFixture.account("reminder-page-" + System.nanoTime(), "ORGANISER");
        long eventId = AccessFixture.as(organiser).contentType(ContentType.JSON)
                .body(TestEvents.document("workflow-event.json")).post("/api/events/import").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        try (BrowserContext context = browser.desk("en")) {
            Page page = context.newPage();
            Browser.login(page, organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + eventId + "/setup");
            assertThat(page.locator("#rm-opened")).hasText("Wishes have not opened yet.");
            assertThat(page.locator("#rm-unanswered")).not().isChecked();
            assertThat(page.locator("#rm-expiry-days")).hasValue("7");
            page.locator("#rm-unanswered").check();
            page.locator("#rm-expiry").check();
            page.locator("#rm-unanswered-days").fill("4");
            page.locator("#rm-expiry-days").fill("4");
            page.locator("#reminders-form button[type=submit]").click();
            assertThat(page.locator("#reminders-result [role=alert]")).containsText("Not saved:");
            assertThat(page.locator("#rm-expiry-days")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#rm-expiry-days + .field-error")).containsText("must be more than unansweredDays");
            Browser.assertAccessible(page);

            page.locator("#rm-expiry-days").fill("9");
            page.locator("#reminders-form button[type=submit]").click();
            assertThat(page.locator("#reminders-result .notice")).hasText("Saved.");
            AccessFixture.as(organiser).get("/api/events/{eventId}/reminders", eventId).then()
                    .body("unanswered", equalTo(true)).body("expiry", equalTo(true))
                    .body("unansweredDays", equalTo(4)).body("expiryDays", equalTo(9));

            page.locator("#reminders-run").click();
            assertThat(page.locator("#reminders-result .notice")).hasText(
                    "Sent: 0 agendas, 0 nudges, 0 reminders; 0 requests expired.");
        }
        try (BrowserContext context = browser.phone("zh-TW")) {
            Page page = context.newPage();
            Browser.login(page, organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + eventId + "/setup");
            assertThat(page.locator("#reminders-title")).hasText("提醒");
            assertThat(page.locator("#rm-expiry-days")).hasValue("9");
            assertThat(page.locator("#rm-unanswered")).isChecked();
            Browser.assertAccessible(page);
        }
    }
}
