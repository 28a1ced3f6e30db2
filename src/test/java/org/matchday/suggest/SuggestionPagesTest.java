package org.matchday.suggest;

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

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.matchday.security.AccessFixture.as;

/**
 * The partner page shows the participant's suggestions first, with their reasons in the page's language, and sends
 * a wish with one click; the organiser's nudge section saves its switches. axe-core finds nothing serious on either.
 */
@QuarkusTest
@Tag("browser")
class SuggestionPagesTest {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, you seek 風力發電; they offer wind power equipment, Wish sent",
            "zh-TW, 您尋找風力發電；對方提供wind power equipment, 邀請已送出"})
    void suggestionsComeFirstWithReasonsAndOneClickToWish(String lang, String reason, String sent) {
        String organiser = AccessFixture.account("suggest-pages-" + System.nanoTime(), "ORGANISER");
        long eventId = as(organiser).contentType(ContentType.JSON).body(TestEvents.document("suggestion-event.json"))
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        as(organiser).contentType(ContentType.JSON).body(Map.of("sectors", List.of(Map.of("en", "Wind energy",
                "zh", "風力發電", "terms", List.of("wind power"))), "mailNudge", false, "wishNudge", false))
                .put("/api/events/{eventId}/suggestions/settings", eventId).then().statusCode(200);
        as(organiser).contentType(ContentType.JSON).body(Map.of("phase", "WISHES_OPEN"))
                .put("/api/events/{eventId}/phase", eventId).then().statusCode(200);
        String token = AccessFixture.link(organiser, eventId, "tw-wind");
        try (BrowserContext context = browser.desk(lang)) {
            Page page = context.newPage();
            page.navigate("/p/" + token);
            page.navigate("/participant/partners?lang=" + lang);
            Locator first = page.locator("#p-suggestion-list .p-suggestion").first();
            assertThat(first).hasAttribute("data-participant", "eu-wind");
            assertThat(first.locator(".p-reasons li").first()).hasText(reason);
            // The suggestions come before the search.
            assertThat(page.locator("#p-suggestions ~ form.p-search")).hasCount(1);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "suggestions-partners-" + lang);

            first.locator("button.p-suggestion-wish").click();
            assertThat(first.locator(".p-status")).hasText(sent);
            AccessFixture.withToken(token).get("/api/events/{eventId}/wishes", eventId).then().statusCode(200)
                    .body("sent[0].to", org.hamcrest.Matchers.equalTo("eu-wind"));
            page.navigate("/participant/wishes");
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.desk(lang)) {
            Page page = context.newPage();
            Browser.login(page, organiser, AccessFixture.PASSWORD);
            page.navigate("/events/" + eventId + "/setup?lang=" + lang);
            page.locator("#nudge-mail").check();
            page.locator("#nudge-switches button[type=submit]").click();
            assertThat(page.locator("#nudge .nudge-status")).hasText(lang.equals("en") ? "Switches saved."
                    : "設定已儲存。");
            as(organiser).get("/api/events/{eventId}/suggestions/settings", eventId).then()
                    .body("mailNudge", org.hamcrest.Matchers.equalTo(true))
                    .body("sectors[0].zh", org.hamcrest.Matchers.equalTo("風力發電"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "suggestions-nudge-" + lang);
        }
    }
}
