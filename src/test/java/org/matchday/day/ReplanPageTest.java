package org.matchday.day;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchday.config.SettableClock;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matchday.security.AccessFixture.as;

/**
 * The solve page's "re-plan from now" on the published Taipei sample at 15:30 on its day: the button posts the
 * event-local now the server's clock gives, the re-plan runs and, the event being published, is published. In
 * English at a desk and in Traditional Chinese on a phone, axe-clean, with no script error.
 */
@QuarkusTest
@Tag("browser")
class ReplanPageTest {

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
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} on a {1}")
    @CsvSource({"en, desk, Re-plan from now, Re-planning from 2018-06-05 15:3, Solving ended",
            "zh-TW, phone, 從現在起重新排程, 已開始從 2018-06-05 15:3, 求解結束"})
    void rePlanFromNowPostsTheEventLocalNowAndPublishes(String lang, String size, String button, String started,
            String ended) {
        DayFixture day = DayFixture.published();
        as(day.staff).post("/api/events/{e}/participants/{p}/no-show", day.eventId, "eu-09").then().statusCode(200);
        clock.set(DayFixture.at("15:30"));
        try (BrowserContext context = size.equals("phone") ? browser.phone(lang) : browser.desk(lang)) {
            Page page = context.newPage();
            List<String> scriptErrors = new ArrayList<>();
            page.onPageError(scriptErrors::add);
            Browser.login(page, day.organiser, AccessFixture.PASSWORD);
            page.navigate(Browser.baseUrl() + "/events/" + day.eventId + "/solve");
            assertThat(page.locator("#solve-replan")).hasText(button);
            Browser.assertAccessible(page);

            page.waitForRequest(request -> request.method().equals("POST")
                    && Pattern.compile("/solve\\?seconds=\\d+&from=2018-06-05T15%3A3\\d$").matcher(request.url()).find(),
                    () -> page.locator("#solve-replan").click());
            assertThat(page.locator("#solve-announce")).containsText(started);
            assertThat(page.locator("#solve-announce")).containsText(ended,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            Browser.assertAccessible(page);
            assertEquals(List.of(), scriptErrors);
        }
        as(day.organiser).get("/api/events/{e}/publication", day.eventId).then().statusCode(200)
                .body("number", equalTo(2));
    }
}
