package org.matchday.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.matchday.domain.ParticipantLink;
import org.matchday.rest.AdminByDefault;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.PARTICIPANT_A;
import static org.matchday.security.AccessFixture.PARTICIPANT_B;
import static org.matchday.security.AccessFixture.anonymous;
import static org.matchday.security.AccessFixture.as;
import static org.matchday.security.AccessFixture.withToken;

/** Accounts, event ownership and personal links, over HTTP against the real application and database. */
@QuarkusTest
class AccessResourceTest {

    @Test
    void anonymousCallersReachOnlyHealthApiDocsAndTheLoginPage() {
        anonymous().get("/q/health").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(200);
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
        anonymous().get("/login").then().statusCode(200).body(containsString("j_security_check"));
        for (String path : List.of("/api/events", "/api/accounts", "/api/events/1/export", "/no/such/page")) {
            anonymous().get(path).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .header("WWW-Authenticate", containsString("Basic"))
                    .header("X-Content-Type-Options", "nosniff")
                    .body("type", equalTo("urn:matchday:problem:unauthorized"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void aWrongPasswordAndADisabledAccountAreRefusedAlike() {
        AccessFixture f = AccessFixture.create();
        given().auth().preemptive().basic(f.organiser, "not the password at all").get("/api/events")
                .then().statusCode(401).body("type", equalTo("urn:matchday:problem:unauthorized"));
        as(f.disabled).get("/api/events").then().statusCode(401);
        given().post("/api/accounts/{username}/enable", f.disabled).then().statusCode(200);
        as(f.disabled).get("/api/events").then().statusCode(200);
    }

    @Test
    void accountsNeedLongPasswordsUniqueNamesAndAnOrganiser() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "shorty", "password", "elevenchars", "role", "STAFF"))
                .post("/api/accounts").then().statusCode(400)
                .body("errors.path", hasItem("$.password"))
                .body("errors.message", hasItem(containsString("12 characters")));
        AccessFixture f = AccessFixture.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", f.staff, "password", AccessFixture.PASSWORD, "role", "STAFF"))
                .post("/api/accounts").then().statusCode(409).body("errors.path", hasItem("$.username"));
        as(f.staff).contentType(ContentType.JSON)
                .body(Map.of("username", "by-staff", "password", AccessFixture.PASSWORD, "role", "STAFF"))
                .post("/api/accounts").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        String listed = given().get("/api/accounts").then().statusCode(200)
                .body("username", hasItem(f.staff)).extract().asString();
        assertFalse(listed.contains("$2a$") || listed.contains("passwordHash") || listed.contains(AccessFixture.PASSWORD),
                listed);
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        String user = AccessFixture.account("changer-" + System.nanoTime(), "STAFF");
        as(user).contentType(ContentType.JSON).body(Map.of("current", "wrong current one", "password",
                        "the next long password")).put("/api/accounts/me/password")
                .then().statusCode(400).body("errors.path", hasItem("$.current"));
        as(user).contentType(ContentType.JSON).body(Map.of("current", AccessFixture.PASSWORD, "password",
                        "the next long password")).put("/api/accounts/me/password")
                .then().statusCode(204);
        as(user).get("/api/accounts/me").then().statusCode(401);
        given().auth().preemptive().basic(user, "the next long password").get("/api/accounts/me")
                .then().statusCode(200).body("username", equalTo(user)).body("role", equalTo("STAFF"));
    }

    @Test
    void aSecondOrganiserCannotSeeTheFirstOnesEvent() {
        AccessFixture f = AccessFixture.create();
        as(f.organiser).get("/api/events").then().statusCode(200).body("id", hasItem((int) f.eventId));
        as(f.otherOrganiser).get("/api/events").then().statusCode(200).body("id", not(hasItem((int) f.eventId)));
        Response hidden = as(f.otherOrganiser).get("/api/events/{eventId}", f.eventId);
        Response missing = as(f.otherOrganiser).get("/api/events/{eventId}", 987_654_321L);
        assertEquals(404, hidden.statusCode());
        assertEquals(missing.jsonPath().getString("type"), hidden.jsonPath().getString("type"));
        assertEquals(missing.jsonPath().getString("detail").replace("987654321", Long.toString(f.eventId)),
                hidden.jsonPath().getString("detail"));
        as(f.otherOrganiser).delete("/api/events/{eventId}", f.eventId).then().statusCode(404);
        as(f.organiser).get("/api/events/{eventId}", f.eventId).then().statusCode(200);
        // The administrator sees every event.
        given().get("/api/events").then().statusCode(200).body("id", hasItem((int) f.eventId));
    }

    @Test
    void staffReadTheScheduleAndExportsButChangeNothing() {
        AccessFixture f = AccessFixture.create();
        as(f.staff).get("/api/events/{eventId}/export", f.eventId).then().statusCode(200);
        as(f.staff).get("/api/events/{eventId}/schedule.csv", f.eventId).then().statusCode(200);
        as(f.staff).delete("/api/events/{eventId}/tables/T03", f.eventId).then().statusCode(403)
                .body("type", equalTo("urn:matchday:problem:forbidden"));
        as(f.organiser).delete("/api/events/{eventId}/tables/T03", f.eventId).then().statusCode(204);
    }

    @Test
    void aParticipantTokenActsAsThatParticipantAndNobodyElse() {
        AccessFixture f = AccessFixture.create();
        AccessFixture other = AccessFixture.create();
        withToken(f.tokenA).get("/api/events/{eventId}/participants/{participantId}/agenda.ics", f.eventId,
                PARTICIPANT_A).then().statusCode(200).body(containsString("BEGIN:VCALENDAR"));
        withToken(f.tokenA).get("/api/events/{eventId}/participants/{participantId}/agenda.pdf", f.eventId,
                PARTICIPANT_B).then().statusCode(403);
        withToken(f.tokenB).get("/api/events/{eventId}/participants/{participantId}/agenda.pdf", f.eventId,
                PARTICIPANT_A).then().statusCode(403);
        withToken(f.tokenA).get("/api/events/{eventId}/sessions", f.eventId).then().statusCode(200)
                .body("id", hasItem("am"));
        withToken(f.tokenA).get("/api/events/{eventId}/export", f.eventId).then().statusCode(403);
        withToken(f.tokenA).get("/api/events/{eventId}/sessions", other.eventId).then().statusCode(404);
        withToken(f.tokenA).get("/api/events").then().statusCode(403);
    }

    @Test
    void theDirectoryShowsOthersOnlyTheirPublicProfile() {
        AccessFixture f = AccessFixture.create();
        withToken(f.tokenA).get("/api/events/{eventId}/participants/{participantId}", f.eventId, PARTICIPANT_B)
                .then().statusCode(200).body("name", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("availability")))
                .body("$", not(org.hamcrest.Matchers.hasKey("maxMeetings")))
                .body("$", not(org.hamcrest.Matchers.hasKey("version")));
        withToken(f.tokenA).get("/api/events/{eventId}/participants", f.eventId).then().statusCode(200)
                .body("$", hasSize(4))
                .body("findAll { it.availability != null }.id", org.hamcrest.Matchers.contains(PARTICIPANT_A));
        as(f.organiser).get("/api/events/{eventId}/participants/{participantId}", f.eventId, PARTICIPANT_B)
                .then().statusCode(200).body("version", notNullValue());
    }

    @Test
    void revokedAndExpiredLinksAreRefused() {
        AccessFixture f = AccessFixture.create();
        String agenda = "/api/events/{eventId}/participants/{participantId}/agenda.ics";
        withToken(f.tokenB).get(agenda, f.eventId, PARTICIPANT_B).then().statusCode(200);
        String feed = "/p/{token}/agenda.ics";
        anonymous().accept("text/calendar").get(feed, f.tokenB).then().statusCode(200);
        as(f.organiser).delete("/api/events/{eventId}/participants/{participantId}/link", f.eventId, PARTICIPANT_B)
                .then().statusCode(204);
        withToken(f.tokenB).get(agenda, f.eventId, PARTICIPANT_B).then().statusCode(401)
                .body("type", equalTo("urn:matchday:problem:unauthorized"));
        // A calendar still polling the revoked link's feed learns it is gone, in its language, not a page's address.
        anonymous().accept("text/calendar").get(feed, f.tokenB).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:matchday:problem:link-gone"))
                .body("detail", containsString("Ask the organiser for a new link"));
        anonymous().accept("text/calendar").header("Accept-Language", "zh-TW").get(feed, f.tokenB).then()
                .statusCode(410).body("title", equalTo("已失效")).body("detail", containsString("請向主辦單位索取新連結"));
        // A browser opening it is shown the page that says so.
        anonymous().accept("text/html").redirects().follow(false).get(feed, f.tokenB).then().statusCode(302)
                .header("Location", equalTo(ParticipantTokenMechanism.LINK_INVALID_PAGE));

        withToken(f.tokenA).get(agenda, f.eventId, PARTICIPANT_A).then().statusCode(200);
        expire(f.tokenA);
        withToken(f.tokenA).get(agenda, f.eventId, PARTICIPANT_A).then().statusCode(401);
        withToken("not-a-token-anyone-issued").get(agenda, f.eventId, PARTICIPANT_A).then().statusCode(401);
    }

    @Test
    void linksAreIssuedForManyParticipantsAtOnceAllOrNothing() {
        AccessFixture f = AccessFixture.create();
        as(f.organiser).contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-02", "nobody")))
                .post("/api/events/{eventId}/links", f.eventId).then().statusCode(400)
                .body("errors.path", hasItem("$.participants[1]"));
        Response issued = as(f.organiser).contentType(ContentType.JSON).body("{}")
                .post("/api/events/{eventId}/links", f.eventId);
        issued.then().statusCode(201).body("$", hasSize(4))
                .body("participant", org.hamcrest.Matchers.contains("eu-01", "eu-02", "tw-01", "tw-02"))
                .body("[0].url", containsString("/p/"))
                .body("[0].expires", notNullValue());
        String token = issued.jsonPath().getString("[1].token");
        assertTrue(token.length() >= 22, "128 bits or more in base64url: " + token);
        assertTrue(issued.jsonPath().getString("[1].url").endsWith("/p/" + token));
        withToken(token).get("/api/events/{eventId}/participants/{participantId}/agenda.csv", f.eventId, "eu-02")
                .then().statusCode(200);
    }

    @Test
    void organisersAddStaffWhoThenSeeTheEvent() {
        AccessFixture f = AccessFixture.create();
        String helper = AccessFixture.account("helper-" + System.nanoTime(), "STAFF");
        as(helper).get("/api/events/{eventId}/statistics", f.eventId).then().statusCode(404);
        as(f.staff).contentType(ContentType.JSON).body(Map.of("username", helper))
                .post("/api/events/{eventId}/members", f.eventId).then().statusCode(403);
        as(f.organiser).contentType(ContentType.JSON).body(Map.of("username", helper))
                .post("/api/events/{eventId}/members", f.eventId).then().statusCode(201)
                .body("role", equalTo("STAFF"));
        as(helper).get("/api/events/{eventId}/statistics", f.eventId).then().statusCode(200);
        as(f.organiser).get("/api/events/{eventId}/members", f.eventId).then().statusCode(200)
                .body("username", hasItem(helper));
        as(f.organiser).delete("/api/events/{eventId}/members/{username}", f.eventId, f.organiser)
                .then().statusCode(409);
    }

    @Test
    void theLoginFormOpensASessionForPagesAndTheApi() {
        AccessFixture f = AccessFixture.create();
        Response login = anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", f.organiser).formParam("j_password", AccessFixture.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        String cookie = login.getCookie(Sessions.COOKIE);
        assertNotNull(cookie);
        anonymous().cookie(Sessions.COOKIE, cookie).get("/api/events").then().statusCode(200)
                .body("id", hasItem((int) f.eventId));
        anonymous().cookie(Sessions.COOKIE, cookie).accept("text/html").get("/events").then().statusCode(200)
                .body(containsString("Taiwan-EU Cluster Matchmaking (test)"));

        Response failed = anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", f.organiser).formParam("j_password", "wrong password here")
                .post("/j_security_check");
        assertEquals(302, failed.statusCode());
        assertTrue(failed.header("Location").contains("/login?error"), failed.header("Location"));
        assertNull(failed.getCookie(Sessions.COOKIE));
        anonymous().redirects().follow(false).accept("text/html").get("/").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void answersCarrySecurityHeaders() {
        given().get("/api/events").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
        anonymous().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theBootstrapAdministratorExistsWithTheConfiguredPassword() {
        given().auth().preemptive().basic(AdminByDefault.ADMIN, AdminByDefault.ADMIN_PASSWORD)
                .get("/api/accounts/me").then().statusCode(200)
                .body("administrator", equalTo(true)).body("role", equalTo("ORGANISER"));
        given().post("/api/accounts/{username}/disable", AdminByDefault.ADMIN).then().statusCode(409);
    }

    static void expire(String token) {
        QuarkusTransaction.requiringNew().run(() -> ParticipantLink.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(60), ParticipantTokens.hash(token)));
    }
}
