package org.matchday.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.matchday.security.AccessFixture.PASSWORD;
import static org.matchday.security.AccessFixture.anonymous;
import static org.matchday.security.AccessFixture.as;
import static org.matchday.security.SessionsAndCrossSiteTest.logIn;
import static org.matchday.security.SessionsAndCrossSiteTest.withSession;

/**
 * An organiser sets a forgotten password of another account: the old password and every session of that account
 * stop working at once; a bad body names its field and changes nothing; one's own password is not set this way.
 */
@QuarkusTest
class PasswordResetTest {

    private static final String RESET = "/api/accounts/{username}/password";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Test
    void aResetPasswordWorksAndTheOldOneAndItsSessionsNoLonger() {
        String organiser = AccessFixture.account("resetter-" + System.nanoTime(), "ORGANISER");
        String staff = AccessFixture.account("forgetful-" + System.nanoTime(), "STAFF");
        String session = logIn(staff, PASSWORD);
        withSession(session).get("/api/accounts/me").then().statusCode(200);

        as(organiser).contentType(ContentType.JSON).body(Map.of("password", NEW_PASSWORD)).put(RESET, staff)
                .then().statusCode(204);

        withSession(session).get("/api/accounts/me").then().statusCode(401);
        anonymous().auth().preemptive().basic(staff, PASSWORD).get("/api/accounts/me").then().statusCode(401);
        anonymous().auth().preemptive().basic(staff, NEW_PASSWORD).get("/api/accounts/me").then().statusCode(200)
                .body("username", equalTo(staff));
        withSession(logIn(staff, NEW_PASSWORD)).get("/api/accounts/me").then().statusCode(200);
    }

    @Test
    void aBadBodyNamesTheFieldAndChangesNothing() {
        String organiser = AccessFixture.account("resetter-" + System.nanoTime(), "ORGANISER");
        String staff = AccessFixture.account("kept-" + System.nanoTime(), "STAFF");
        as(organiser).contentType(ContentType.JSON).body(Map.of("password", "too short")).put(RESET, staff)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].path", equalTo("$.password"))
                .body("errors[0].message", containsString("12 characters"));
        as(organiser).contentType(ContentType.JSON).body("{}").put(RESET, staff)
                .then().statusCode(400).body("errors[0].path", equalTo("$.password"));
        as(organiser).contentType(ContentType.JSON).body("{\"password\": \"long enough but\", \"role\": \"X\"}")
                .put(RESET, staff).then().statusCode(400).body("errors[0].path", equalTo("$.role"));
        anonymous().auth().preemptive().basic(staff, PASSWORD).get("/api/accounts/me").then().statusCode(200);
    }

    @Test
    void unknownAccountsAndOnesOwnAreRefused() {
        String organiser = AccessFixture.account("resetter-" + System.nanoTime(), "ORGANISER");
        as(organiser).contentType(ContentType.JSON).body(Map.of("password", NEW_PASSWORD))
                .put(RESET, "nobody-" + System.nanoTime()).then().statusCode(404)
                .contentType("application/problem+json");
        as(organiser).contentType(ContentType.JSON).body(Map.of("password", NEW_PASSWORD)).put(RESET, organiser)
                .then().statusCode(409).body("detail", containsString("current"));
        anonymous().auth().preemptive().basic(organiser, PASSWORD).get("/api/accounts/me").then().statusCode(200);
    }

    @Test
    void staffCannotSetPasswords() {
        String staff = AccessFixture.account("staff-" + System.nanoTime(), "STAFF");
        String other = AccessFixture.account("other-" + System.nanoTime(), "STAFF");
        as(staff).contentType(ContentType.JSON).body(Map.of("password", NEW_PASSWORD)).put(RESET, other)
                .then().statusCode(403);
        anonymous().auth().preemptive().basic(other, PASSWORD).get("/api/accounts/me").then().statusCode(200);
    }
}
