package org.matchday.event;

import org.matchday.web.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the organiser's page tests start from: a fresh organiser account, the 2018 sample imported, a login. */
final class SetupFixture {

    static final String SAMPLE = "taipei-2018-cluster-matchmaking.json";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private SetupFixture() {
    }

    static String organiser() {
        return AccessFixture.account("setup-organiser-" + NEXT.incrementAndGet() + "-" + System.nanoTime(),
                "ORGANISER");
    }

    static String staff() {
        return AccessFixture.account("setup-staff-" + NEXT.incrementAndGet() + "-" + System.nanoTime(), "STAFF");
    }

    /** Imports the 2018 sample as the organiser, over the API. */
    static long importSample(String organiser) {
        return AccessFixture.as(organiser).contentType(ContentType.JSON)
                .body(TestEvents.document("sample:" + SAMPLE))
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void addMember(String organiser, long eventId, String username) {
        AccessFixture.as(organiser).contentType(ContentType.JSON).body(Map.of("username", username))
                .post("/api/events/{eventId}/members", eventId).then().statusCode(201);
    }

    /** A page at phone size scrolls down only: wide tables scroll inside their own box. */
    static void assertNoSidewaysScroll(Page page) {
        List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth,"
                + " document.documentElement.clientWidth]");
        assertTrue(((Number) widths.get(0)).intValue() <= ((Number) widths.get(1)).intValue(),
                page.url() + " scrolls sideways: " + widths);
    }

    static Page loggedIn(BrowserContext context, String username) {
        Page page = context.newPage();
        Browser.login(page, username, AccessFixture.PASSWORD);
        return page;
    }
}
