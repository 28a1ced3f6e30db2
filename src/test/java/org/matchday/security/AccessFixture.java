package org.matchday.security;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.matchday.rest.TestEvents;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * One event with everybody the access rules tell apart: its organiser, a staff member, an organiser of another
 * event, a disabled account, and two participants (A is eu-01, B is tw-01) with personal links.
 */
public final class AccessFixture {

    public static final String PASSWORD = "a long enough password";
    public static final String PARTICIPANT_A = "eu-01";
    public static final String PARTICIPANT_B = "tw-01";
    private static final AtomicInteger NEXT = new AtomicInteger();

    public final long eventId;
    public final String organiser;
    public final String staff;
    public final String otherOrganiser;
    public final String disabled;
    public final String tokenA;
    public final String tokenB;

    private AccessFixture(long eventId, String organiser, String staff, String otherOrganiser, String disabled,
            String tokenA, String tokenB) {
        this.eventId = eventId;
        this.organiser = organiser;
        this.staff = staff;
        this.otherOrganiser = otherOrganiser;
        this.disabled = disabled;
        this.tokenA = tokenA;
        this.tokenB = tokenB;
    }

    /** Builds the cast over HTTP, as the administrator creates accounts and the organiser imports its event. */
    public static AccessFixture create() {
        // The test database outlives a restart of the application for another test profile, the counter does not.
        String n = NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        String organiser = account("organiser-" + n, "ORGANISER");
        String staff = account("staff-" + n, "STAFF");
        String other = account("other-" + n, "ORGANISER");
        String disabled = account("disabled-" + n, "ORGANISER");
        given().post("/api/accounts/{username}/disable", disabled).then().statusCode(200);
        return withEvent(organiser, staff, other, disabled);
    }

    /** The same people around a new event of the same organiser. */
    public AccessFixture anotherEvent() {
        return withEvent(organiser, staff, otherOrganiser, disabled);
    }

    private static AccessFixture withEvent(String organiser, String staff, String other, String disabled) {
        long eventId = as(organiser).contentType(ContentType.JSON).body(TestEvents.document("small-event.json"))
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        as(organiser).contentType(ContentType.JSON).body(Map.of("username", staff))
                .post("/api/events/{eventId}/members", eventId).then().statusCode(201);
        String tokenA = link(organiser, eventId, PARTICIPANT_A);
        String tokenB = link(organiser, eventId, PARTICIPANT_B);
        return new AccessFixture(eventId, organiser, staff, other, disabled, tokenA, tokenB);
    }

    public static String account(String username, String role) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", role))
                .post("/api/accounts").then().statusCode(201);
        return username;
    }

    public static String link(String organiser, long eventId, String participant) {
        return as(organiser).post("/api/events/{eventId}/participants/{participantId}/link", eventId, participant)
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    public static RequestSpecification withToken(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return given().auth().none();
    }
}
