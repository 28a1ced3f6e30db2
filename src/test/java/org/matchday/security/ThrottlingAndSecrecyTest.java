package org.matchday.security;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.domain.Account;
import org.matchday.domain.ParticipantLink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guessing is throttled per client address, and no password, hash or token ever shows in a log or an answer. */
@QuarkusTest
@TestProfile(ThrottlingProfile.class)
@Tag("contract")
class ThrottlingAndSecrecyTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void failedLoginsFromOneAddressAreThrottledWithRetryAfter() {
        String user = AccessFixture.account("throttled-" + System.nanoTime(), "STAFF");
        for (int i = 0; i < ThrottlingProfile.LIMIT; i++) {
            from("203.0.113.7").auth().preemptive().basic(user, "wrong password " + i).get("/api/events")
                    .then().statusCode(401);
        }
        from("203.0.113.7").auth().preemptive().basic(user, AccessFixture.PASSWORD).get("/api/events")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-6]?[0-9]"))
                .body("type", equalTo("urn:matchday:problem:too-many-attempts"));
        // Another address is not held back by this one's failures.
        from("203.0.113.8").auth().preemptive().basic(user, AccessFixture.PASSWORD).get("/api/events")
                .then().statusCode(200);
    }

    @Test
    void anAccountsFailuresHoldBackNoOtherAccountAndNoValidToken() {
        AccessFixture f = AccessFixture.create();
        String guessed = AccessFixture.account("guessed-" + System.nanoTime(), "STAFF");
        String venue = "203.0.113.20";
        for (int i = 0; i < ThrottlingProfile.LIMIT + 2; i++) {
            from(venue).auth().preemptive().basic(guessed, "wrong password " + i).get("/api/events")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(401, 429));
        }
        from(venue).auth().preemptive().basic(guessed, AccessFixture.PASSWORD).get("/api/events")
                .then().statusCode(429);
        from(venue).auth().preemptive().basic(f.organiser, AccessFixture.PASSWORD).get("/api/events")
                .then().statusCode(200);
        assertEquals(302, from(venue).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", f.staff).formParam("j_password", AccessFixture.PASSWORD)
                .post("/j_security_check").statusCode());
        from(venue).auth().none().header("Authorization", "Bearer " + f.tokenA)
                .get("/api/events/{eventId}", f.eventId).then().statusCode(200);
    }

    @Test
    void wrongTokensAreThrottledButAValidOneIsNever() {
        AccessFixture f = AccessFixture.create();
        String address = "198.51.100.30";
        for (int i = 0; i < ThrottlingProfile.LIMIT; i++) {
            from(address).auth().none().cookie(ParticipantTokenMechanism.LINK_COOKIE, "guess-" + i)
                    .get("/api/events/{eventId}", f.eventId).then().statusCode(401)
                    .header("Set-Cookie", org.hamcrest.Matchers.containsString(ParticipantTokenMechanism.LINK_COOKIE
                            + "=;"));
        }
        from(address).auth().none().cookie(ParticipantTokenMechanism.LINK_COOKIE, "guess-last")
                .get("/api/events/{eventId}", f.eventId).then().statusCode(429);
        from(address).auth().none().header("Authorization", "Bearer guess-header")
                .get("/api/events/{eventId}", f.eventId).then().statusCode(429);
        from(address).auth().none().cookie(ParticipantTokenMechanism.LINK_COOKIE, f.tokenA)
                .get("/api/events/{eventId}", f.eventId).then().statusCode(200);
        from(address).auth().none().header("Authorization", "Bearer " + f.tokenB)
                .get("/api/events/{eventId}", f.eventId).then().statusCode(200);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() {
        String user = AccessFixture.account("changer-" + System.nanoTime(), "STAFF");
        String address = "192.0.2.70";
        for (int i = 0; i < ThrottlingProfile.LIMIT; i++) {
            from(address).auth().preemptive().basic(user, AccessFixture.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("current", "not the password " + i, "password", "another long password"))
                    .put("/api/accounts/me/password").then().statusCode(400)
                    .body("errors[0].path", equalTo("$.current"));
        }
        from(address).auth().preemptive().basic(user, AccessFixture.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("current", AccessFixture.PASSWORD, "password", "another long password"))
                .put("/api/accounts/me/password").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void linksStartWithTheConfiguredAddressWhateverTheHost() {
        AccessFixture f = AccessFixture.create();
        String url = given().header("Host", "evil.example")
                .post("/api/events/{eventId}/participants/{participantId}/link", f.eventId, AccessFixture.PARTICIPANT_A)
                .then().statusCode(201).extract().jsonPath().getString("url");
        assertTrue(url.startsWith(ThrottlingProfile.PUBLIC_URL + "/p/"), url);
    }

    @Test
    void noSessionKeyIsLoggedAndAClientGoneMidBodyIsNoError() throws IOException {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("POST /api/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic YWRtaW46dGVzdC1hZG1pbi1wYXNzd29yZA==\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"name\": \"half")
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        }
        // A later request is logged after the broken one has been handled.
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            given().get("/q/health").then().statusCode(200);
            return Files.readString(Path.of(ThrottlingProfile.LOG_FILE), StandardCharsets.UTF_8)
                    .contains("POST /api/events");
        });
        String log = Files.readString(Path.of(ThrottlingProfile.LOG_FILE), StandardCharsets.UTF_8);
        assertFalse(log.contains("Encryption key"), "a session key was logged");
        assertFalse(log.contains("temporary key"), "a session key was logged");
        assertFalse(log.contains("Unexpected failure on /api/events"), "the client that went away was logged as a"
                + " failure of ours");
        assertFalse(log.contains("\"POST /api/events HTTP/1.1\" 500"), "the client that went away was answered 500");
    }

    @Test
    void tokenGuessesAreThrottledToo() {
        for (int i = 0; i < ThrottlingProfile.LIMIT; i++) {
            from("198.51.100.3").auth().none().header("Authorization", "Bearer guess-" + i).get("/api/events/1")
                    .then().statusCode(401);
        }
        from("198.51.100.3").auth().none().header("Authorization", "Bearer guess-last").get("/api/events/1")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void noPasswordHashOrTokenAppearsInTheLogExportsOrErrors() throws IOException {
        String password = "secret-password-" + System.nanoTime();
        String newPassword = "renewed-password-" + System.nanoTime();
        String wrong = "wrong-guess-" + System.nanoTime();
        String user = "secrecy-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("username", user, "password", password, "role", "ORGANISER"))
                .post("/api/accounts").then().statusCode(201);
        List<String> bodies = new ArrayList<>();
        bodies.add(from("192.0.2.50").auth().preemptive().basic(user, wrong).get("/api/events").asString());
        from("192.0.2.50").auth().preemptive().basic(user, password).get("/api/events").then().statusCode(200);
        bodies.add(from("192.0.2.50").contentType(ContentType.URLENC).redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", wrong).post("/j_security_check").asString());

        long eventId = from("192.0.2.50").auth().preemptive().basic(user, password).contentType(ContentType.JSON)
                .body(org.matchday.rest.TestEvents.document("small-event.json")).post("/api/events/import")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Response links = from("192.0.2.50").auth().preemptive().basic(user, password).contentType(ContentType.JSON)
                .body("{}").post("/api/events/{eventId}/links", eventId);
        links.then().statusCode(201);
        List<String> tokens = links.jsonPath().getList("token");
        from("192.0.2.51").auth().none().header("Authorization", "Bearer " + tokens.get(0))
                .get("/api/events/{eventId}/participants/eu-01/agenda.ics", eventId).then().statusCode(200);
        from("192.0.2.50").auth().preemptive().basic(user, password).contentType(ContentType.JSON)
                .body(Map.of("current", password, "password", newPassword)).put("/api/accounts/me/password")
                .then().statusCode(204);
        for (String export : List.of("export", "schedule.csv", "participants/eu-01/agenda.ics", "statistics")) {
            bodies.add(from("192.0.2.50").auth().preemptive().basic(user, newPassword)
                    .get("/api/events/{eventId}/" + export, eventId).then().statusCode(200).extract().asString());
        }
        bodies.add(given().get("/api/accounts").asString());

        List<String> secrets = new ArrayList<>(List.of(password, newPassword, wrong, "test-admin-password"));
        secrets.addAll(tokens);
        QuarkusTransaction.requiringNew().run(() -> {
            secrets.add(Account.findByUsername(user).passwordHash);
            secrets.add(Account.findByUsername("admin").passwordHash);
            ParticipantLink.<ParticipantLink>list("event.id", eventId).forEach(l -> secrets.add(l.tokenHash));
        });
        String log = Files.readString(Path.of(ThrottlingProfile.LOG_FILE), StandardCharsets.UTF_8);
        assertTrue(log.contains("/api/events/" + eventId + "/links"), "the access log was written to the file");
        assertEquals(tokens.size(), 4);
        for (int i = 0; i < secrets.size(); i++) {
            String secret = secrets.get(i);
            assertFalse(log.contains(secret), "the log shows secret number " + i);
            for (String body : bodies) {
                assertFalse(body.contains(secret), "an answer shows a secret: " + body.substring(0,
                        Math.min(200, body.length())));
            }
        }
    }

    @Test
    void anInvitationsLinkReachesTheMailboxButNeverTheLog() throws IOException {
        String domain = "secrecy-" + System.nanoTime() + ".example.org";
        long eventId = org.matchday.rest.TestEvents.importEvent(org.matchday.rest.TestEvents
                .document("mail-event.json").replace("@example.org", "@" + domain));
        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-01")))
                .post("/api/events/{eventId}/invitations", eventId).then().statusCode(202);
        String address = "marie.dubois@" + domain;
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> mailbox.getMailMessagesSentTo(address).size() == 1);
        Matcher link = Pattern.compile("/p/([A-Za-z0-9_-]{43})")
                .matcher(mailbox.getMailMessagesSentTo(address).get(0).getText());
        assertTrue(link.find(), "the mail holds the link");

        // The mail was logged (no SMTP host here), and the log line is written before the mock mailbox has it.
        String log = Files.readString(Path.of(ThrottlingProfile.LOG_FILE), StandardCharsets.UTF_8);
        assertTrue(log.contains("Mail not sent (no SMTP host configured): invitation to participant eu-01 <"
                + address + ">"), "the mail is in the log");
        assertTrue(log.contains("/p/(personal link, not logged)"), "with its link hidden");
        assertFalse(log.contains(link.group(1)), "the log shows the invitation's token");
    }

    private static io.restassured.specification.RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }
}
