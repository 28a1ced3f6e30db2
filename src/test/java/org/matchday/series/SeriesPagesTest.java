package org.matchday.series;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.outcome.OutcomeFixture;
import org.matchday.security.AccessFixture;
import org.matchday.web.Browser;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The partner page of a returning participant in a real browser: the next edition of the published Taipei 2018
 * sample shows whom it met before and what came of it, in Traditional Chinese, and asks to meet again.
 */
@QuarkusTest
@Tag("browser")
class SeriesPagesTest {

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
    void aReturningParticipantAsksItsEarlierPartnerToMeetAgain() throws Exception {
        OutcomeFixture first = OutcomeFixture.published();
        List<String> pair = first.meetings.get(0);
        String a = pair.get(0);
        String b = pair.get(1);
        first.participant(a).contentType(ContentType.JSON).body(Map.of("status", "AGREEMENT"))
                .put("/api/events/{eventId}/meetings/{a}/{b}/outcome", first.eventId, a, b).then().statusCode(200);
        long second = AccessFixture.as(first.organiser).contentType(ContentType.JSON)
                .body(Map.of("name", "Taiwan-EU Cluster Matchmaking 2019", "asNextEdition", true))
                .post("/api/events/{id}/copy", first.eventId).then().statusCode(201).extract().jsonPath().getLong("id");
        for (String phase : List.of("REGISTRATION", "WISHES_OPEN")) {
            AccessFixture.as(first.organiser).contentType(ContentType.JSON).body(Map.of("phase", phase))
                    .put("/api/events/{eventId}/phase", second).then().statusCode(200);
        }
        String token = AccessFixture.link(first.organiser, second, a);

        try (BrowserContext context = browser.desk("zh-TW")) {
            Page page = context.newPage();
            page.navigate("/p/" + token);
            page.navigate("/participant/partners");
            Locator history = page.locator("#p-history");
            assertThat(history).isVisible();
            assertThat(history.locator("h2")).hasText("往屆會面過的夥伴");
            Locator earlier = history.locator(".p-earlier[data-partner='" + b + "']");
            assertThat(earlier.locator(".p-outcome")).hasText("後續成果: 已達成協議");
            Browser.assertAccessible(page);
            earlier.locator(".p-meet-again").click();
            assertThat(earlier.locator(".p-status")).hasText("邀請已送出");
        }
        List<String> asked = AccessFixture.withToken(token).get("/api/events/{eventId}/wishes", second).then()
                .statusCode(200).extract().jsonPath().getList("sent.to");
        assertEquals(List.of(b), asked);
    }
}
