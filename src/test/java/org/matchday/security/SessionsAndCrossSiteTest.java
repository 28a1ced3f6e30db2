package org.matchday.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.matchday.rest.TestEvents;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.matchday.security.AccessFixture.PASSWORD;
import static org.matchday.security.AccessFixture.anonymous;
import static org.matchday.security.AccessFixture.as;

/**
 * Page sessions end when they should, everywhere at once; another site cannot act through a browser's cookies; links
 * never take their address from the request. The same checks across two instances run in .ci/two-instances.sh.
 */
@QuarkusTest
class SessionsAndCrossSiteTest {

    private static final String EVIL = "https://evil.example";

    @Test
    void logoutEndsTheSession() {
        String user = AccessFixture.account("session-logout-" + System.nanoTime(), "STAFF");
        String cookie = logIn(user, PASSWORD);
        withSession(cookie).get("/api/accounts/me").then().statusCode(200).body("username", equalTo(user));
        Response logout = withSession(cookie).redirects().follow(false).post("/logout");
        assertEquals(303, logout.statusCode());
        withSession(cookie).get("/api/accounts/me").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        withSession(cookie).redirects().follow(false).accept("text/html").get("/events").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void aNewPasswordEndsEverySessionOfTheAccount() {
        String user = AccessFixture.account("session-password-" + System.nanoTime(), "ORGANISER");
        String first = logIn(user, PASSWORD);
        String second = logIn(user, PASSWORD);
        Response changed = withSession(first).contentType(ContentType.JSON)
                .body(Map.of("current", PASSWORD, "password", "a brand new long password"))
                .put("/api/accounts/me/password");
        assertEquals(204, changed.statusCode());
        withSession(first).get("/api/accounts/me").then().statusCode(401);
        withSession(second).get("/api/accounts/me").then().statusCode(401);
        // The page that changed it gets a new session of its own.
        String renewed = changed.getCookie(Sessions.COOKIE);
        assertNotNull(renewed);
        withSession(renewed).get("/api/accounts/me").then().statusCode(200).body("username", equalTo(user));
    }

    @Test
    void disablingAnAccountEndsItsSessionsForGood() {
        String user = AccessFixture.account("session-disable-" + System.nanoTime(), "STAFF");
        String cookie = logIn(user, PASSWORD);
        given().post("/api/accounts/{username}/disable", user).then().statusCode(200);
        withSession(cookie).get("/api/accounts/me").then().statusCode(401);
        given().post("/api/accounts/{username}/enable", user).then().statusCode(200);
        withSession(cookie).get("/api/accounts/me").then().statusCode(401);
        as(user).get("/api/accounts/me").then().statusCode(200);
    }

    @Test
    void logOutEverywhereEndsEverySessionButNotHttpBasic() {
        String user = AccessFixture.account("session-everywhere-" + System.nanoTime(), "ORGANISER");
        String phone = logIn(user, PASSWORD);
        String laptop = logIn(user, PASSWORD);
        withSession(laptop).delete("/api/accounts/me/sessions").then().statusCode(204);
        withSession(phone).get("/api/events").then().statusCode(401);
        withSession(laptop).get("/api/events").then().statusCode(401);
        as(user).get("/api/events").then().statusCode(200);

        String again = logIn(user, PASSWORD);
        given().delete("/api/accounts/{username}/sessions", user).then().statusCode(204);
        withSession(again).get("/api/events").then().statusCode(401);
        given().delete("/api/accounts/{username}/sessions", "nobody-" + System.nanoTime()).then().statusCode(404);
    }

    @Test
    void aQuarkusFormCookieOpensNothing() {
        anonymous().cookie("quarkus-credential", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        String user = AccessFixture.account("Case-" + System.nanoTime(), "STAFF");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", user.toLowerCase(), "password", PASSWORD, "role", "STAFF"))
                .post("/api/accounts").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].path", equalTo("$.username"));
        given().contentType(ContentType.JSON).body(Map.of("username", "ADMIN", "password", PASSWORD, "role", "STAFF"))
                .post("/api/accounts").then().statusCode(409);
    }

    @Test
    void anotherSiteCannotLogABrowserIn() {
        String user = AccessFixture.account("login-csrf-" + System.nanoTime(), "STAFF");
        for (RequestSpecification crossSite : new RequestSpecification[] {
                anonymous().header("Origin", EVIL), anonymous().header("Sec-Fetch-Site", "cross-site"),
                anonymous().header("Sec-Fetch-Site", "same-site").header("Origin", EVIL)}) {
            Response login = crossSite.redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("j_username", user).formParam("j_password", PASSWORD).post("/j_security_check");
            assertEquals(403, login.statusCode(), login.asString());
            assertEquals("urn:matchday:problem:forbidden", login.jsonPath().getString("type"));
            assertNull(login.getCookie(Sessions.COOKIE));
        }
        Response own = anonymous().header("Sec-Fetch-Site", "same-origin").redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("j_username", user).formParam("j_password", PASSWORD)
                .post("/j_security_check");
        assertEquals(302, own.statusCode());
        assertNotNull(own.getCookie(Sessions.COOKIE));
    }

    @Test
    void anotherSiteCannotActThroughTheSessionOrLinkCookie() {
        AccessFixture f = AccessFixture.create();
        String cookie = logIn(f.organiser, PASSWORD);
        // A text/plain POST needs no preflight: the classic cross-site form.
        withSession(cookie).header("Origin", EVIL).contentType("text/plain").body("x")
                .post("/api/events/{eventId}/solve?seconds=1", f.eventId).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        withSession(cookie).header("Sec-Fetch-Site", "cross-site").contentType("text/plain").body("x")
                .post("/api/events/{eventId}/solve?seconds=1", f.eventId).then().statusCode(403);
        withSession(cookie).get("/api/events/{eventId}/solve", f.eventId).then().statusCode(200)
                .body("status", not(equalTo("SOLVING")));
        int events = withSession(cookie).get("/api/events").jsonPath().getList("id").size();
        withSession(cookie).header("Sec-Fetch-Site", "cross-site").accept("text/html")
                .multiPart("file", "event.json", TestEvents.document("small-event.json")
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .redirects().follow(false).post("/events/import").then().statusCode(403);
        assertEquals(events, withSession(cookie).get("/api/events").jsonPath().getList("id").size());
        // The participant's link cookie is held to the same rule.
        given().auth().none().cookie(ParticipantTokenMechanism.LINK_COOKIE, f.tokenA).header("Origin", EVIL)
                .contentType(ContentType.JSON).body(Map.of("to", AccessFixture.PARTICIPANT_B))
                .post("/api/events/{eventId}/wishes", f.eventId).then().statusCode(403);
    }

    @Test
    void apiCallsWithTheirOwnCredentialsAreNotCrossSiteRequests() {
        AccessFixture f = AccessFixture.create();
        as(f.organiser).header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
                .post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        AccessFixture.withToken(f.tokenA).header("Origin", EVIL).contentType(ContentType.JSON)
                .body(Map.of("to", AccessFixture.PARTICIPANT_B)).post("/api/events/{eventId}/wishes", f.eventId)
                .then().statusCode(not(equalTo(403)));
        // From the pages themselves, the session cookie changes things as before.
        withSession(logIn(f.organiser, PASSWORD)).header("Sec-Fetch-Site", "same-origin")
                .post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
    }

    @Test
    void linksNeverTakeTheirAddressFromTheHostHeader() {
        AccessFixture f = AccessFixture.create();
        String url = as(f.organiser).header("Host", "evil.example")
                .post("/api/events/{eventId}/participants/{participantId}/link", f.eventId, AccessFixture.PARTICIPANT_A)
                .then().statusCode(201).extract().jsonPath().getString("url");
        assertEquals(false, url.contains("evil.example"), url);
        assertEquals(true, url.matches("http://localhost:[0-9]+/p/[A-Za-z0-9_-]{43}"), url);
    }

    static String logIn(String user, String password) {
        Response login = anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        assertEquals(302, login.statusCode());
        String cookie = login.getCookie(Sessions.COOKIE);
        assertNotNull(cookie, "the login set a session cookie");
        return cookie;
    }

    static RequestSpecification withSession(String cookie) {
        return anonymous().cookie(Sessions.COOKIE, cookie);
    }
}
