package org.matchday.outcome;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The "After the meetings" page of a participant whose published meeting is over, in English and Traditional Chinese:
 * the feedback form saves what it is given, a refused answer shows the problem beside the form, and axe-core finds
 * nothing serious or critical.
 */
@QuarkusTest
@Tag("browser")
class OutcomeMeetingsPageTest {

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
    @CsvSource({"en, Meeting with, Saved.", "zh-TW, 的會談, 已儲存。"})
    void theFeedbackFormSavesAndShowsRefusals(String lang, String heading, String saved) {
        // The small event's one meeting, eu-01 with tw-01, is in 2018: long over.
        AccessFixture f = AccessFixture.create();
        AccessFixture.as(f.organiser).post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        try (BrowserContext context = browser.desk(lang)) {
            Page page = context.newPage();
            page.navigate("/p/" + f.tokenA);
            page.navigate("/participant/meetings");
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.locator("li.p-meeting h2")).containsText(heading);
            Browser.assertAccessible(page);

            var form = page.locator("form.outcome-feedback").first();
            form.locator("input[name=held][value=true]").check();
            form.locator("select[name=rating]").selectOption("4");
            form.locator("select[name=interest]").selectOption("FOLLOW_UP");
            form.locator("textarea[name=note]").fill("Send the specs");
            form.locator("button[type=submit]").click();
            assertThat(form.locator("[role=status]")).hasText(saved);
            AccessFixture.as(f.organiser).get("/api/events/{eventId}/meetings/{a}/{b}/feedback", f.eventId,
                            AccessFixture.PARTICIPANT_B, AccessFixture.PARTICIPANT_A).then().statusCode(200)
                    .body("answers[0].participant", equalTo(AccessFixture.PARTICIPANT_A))
                    .body("answers[0].rating", equalTo(4)).body("answers[0].interest", equalTo("FOLLOW_UP"))
                    .body("answers[0].note", equalTo("Send the specs"));

            // A meeting that did not take place has no rating: refused, and said beside the form.
            form.locator("input[name=held][value=false]").check();
            form.locator("button[type=submit]").click();
            assertThat(form.locator(".problem")).isVisible();
            Browser.assertAccessible(page);

            var outcome = page.locator("form.outcome-result").first();
            outcome.locator("input[name=status][value=AGREEMENT]").check();
            outcome.locator("input[name=kinds][value=TECHNOLOGY]").check();
            outcome.locator("button[type=submit]").click();
            assertThat(outcome.locator("[role=status]")).hasText(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Outcome report", "zh-TW, 成果報告"})
    void staffTickWhatTookPlaceOnTheReportPage(String lang, String heading) {
        AccessFixture f = AccessFixture.create();
        AccessFixture.as(f.organiser).post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        try (BrowserContext context = browser.desk(lang)) {
            Page page = context.newPage();
            Browser.login(page, f.staff, AccessFixture.PASSWORD);
            page.navigate("/events/" + f.eventId + "/outcomes");
            assertThat(page.locator("h1")).hasText(heading);
            // Staff see the report and the boxes, not the survey buttons.
            assertThat(page.locator("form.outcome-ask")).hasCount(0);
            assertThat(page.locator("a[href$='outcomes.pdf?lang=" + lang + "']")).hasCount(1);
            Browser.assertAccessible(page);
            page.locator("input.outcome-held").first().check();
            assertThat(page.locator("input.outcome-held").first().locator("xpath=..").locator("[role=status]"))
                    .not().isEmpty();
            AccessFixture.as(f.organiser).get("/api/events/{eventId}/outcomes", f.eventId).then().statusCode(200)
                    .body("held", equalTo(1)).body("unknown", equalTo(0));
        }
    }
}
