package org.matchday.schedule;

import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Moves by hand on small-event.json: eu-01 meets tw-01 (pinned) at 13:30 at T01; tw-01 holds T01 and tw-02 holds
 * T02; eu-01 attends the afternoon from 13:30 to 16:00 only, and its wish r1 allows the afternoon only.
 */
@QuarkusTest
class MeetingResourceTest {

    /** The organiser's document: every stored timetable below is held to its rules. */
    private static final String SMALL = TestEvents.document("small-event.json");
    /** eu-01 and tw-01's pinned meeting, when the organiser itself moves it or takes it out. */
    private static final List<List<String>> PINNED_PAIR = List.of(List.of("eu-01", "tw-01"));

    private static Map<String, Object> move(String start, String table) {
        return Map.of("start", start, "table", table);
    }

    private static io.restassured.response.ValidatableResponse put(long id, String a, String b,
            Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().put("/api/events/{id}/meetings/{a}/{b}", id, a, b).then();
    }

    @Test
    void aMoveThatKeepsEveryRulePlacesAndPinsTheMeeting() {
        long id = TestEvents.importEvent(SMALL);
        put(id, "tw-02", "eu-02", move("2018-06-05T13:30", "T02"))
                .statusCode(200)
                .body("participants", equalTo(List.of("eu-02", "tw-02")))
                .body("session", equalTo("pm"))
                .body("end", equalTo("2018-06-05T13:50"))
                .body("table", equalTo("T02"))
                .body("pinned", equalTo(true))
                .body("reason", nullValue());
        given().get("/api/events/{id}/export", id).then()
                .body("meetings", hasSize(2))
                .body("unscheduled.participants", not(hasItem(List.of("eu-02", "tw-02"))));
        StoredTimetable.assertValid(id, SMALL);
    }

    @Test
    void aMoveIntoABusySlotNamesTheDoubleBooking() {
        long id = TestEvents.importEvent(SMALL);
        put(id, "eu-02", "tw-01", move("2018-06-05T13:30", "T01"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"))
                .body("errors.path", hasItem("Participant double-booked"))
                .body("errors.path", hasItem("Table double-booked"))
                .body("errors.find { it.path == 'Participant double-booked' }.message", containsString("tw-01"));
        given().get("/api/events/{id}/export", id).then().body("meetings", hasSize(1));
        StoredTimetable.assertValid(id, SMALL);
    }

    @Test
    void aMoveAwayFromAHostsTableIsRefused() {
        long id = TestEvents.importEvent(SMALL);
        put(id, "eu-02", "tw-01", move("2018-06-05T13:55", "T02"))
                .statusCode(409)
                .body("errors.path", hasItem("Meeting away from fixed table"))
                .body("errors.path", hasItem("Fixed table used by others"));
        StoredTimetable.assertValid(id, SMALL);
    }

    @Test
    void aMoveOutsideAvailabilityAndAllowedSessionsIsRefused() {
        long id = TestEvents.importEvent(SMALL);
        put(id, "eu-01", "tw-01", move("2018-06-05T10:00", "T01"))
                .statusCode(409)
                .body("errors.path", hasItem("Participant unavailable"))
                .body("errors.path", hasItem("Session not allowed"));
        StoredTimetable.assertValid(id, SMALL);
    }

    @Test
    void pinUnpinAndUnschedule() {
        long id = TestEvents.importEvent(SMALL);
        given().delete("/api/events/{id}/meetings/eu-01/tw-01/pin", id).then().statusCode(200)
                .body("pinned", equalTo(false));
        given().put("/api/events/{id}/meetings/tw-01/eu-01/pin", id).then().statusCode(200)
                .body("pinned", equalTo(true));
        given().put("/api/events/{id}/meetings/eu-02/tw-02/pin", id).then().statusCode(409)
                .body("detail", containsString("Only a scheduled meeting can be pinned"));
        given().delete("/api/events/{id}/meetings/eu-01/tw-01/slot", id).then().statusCode(200)
                .body("start", nullValue())
                .body("pinned", equalTo(false))
                .body("reason", equalTo("Taken out of the schedule by an organiser."));
        given().get("/api/events/{id}/meetings", id).then().statusCode(200)
                .body("$", hasSize(3))
                .body("findAll { it.start != null }", hasSize(0));
        StoredTimetable.assertValid(id, StoredTimetable.movedByHand(StoredTimetable.read(SMALL), PINNED_PAIR));
    }

    @Test
    void badMovesAreProblems() {
        long id = TestEvents.importEvent(SMALL);
        put(id, "eu-02", "tw-02", move("2018-06-05T13:31", "T02")).statusCode(400)
                .body("errors[0].path", equalTo("$.start"));
        put(id, "eu-02", "tw-02", move("2018-06-05T13:30", "T77")).statusCode(400)
                .body("errors[0].message", equalTo("unknown table \"T77\""));
        put(id, "eu-02", "nobody", move("2018-06-05T13:30", "T02")).statusCode(404)
                .body("detail", containsString("no meeting of \"eu-02\" and \"nobody\""));
        put(id, "eu-02", "tw-02", Map.of("start", "13:30", "table", "T02")).statusCode(400)
                .body("errors[0].path", equalTo("$.start"));
        StoredTimetable.assertValid(id, SMALL);
    }

    @Test
    void republishingAfterAMoveRaisesTheMovedMeetingsSequence() {
        long id = TestEvents.importEvent(SMALL);
        given().post("/api/events/{id}/publication", id).then().statusCode(201).body("moved", equalTo(0));
        put(id, "eu-01", "tw-01", move("2018-06-05T14:20", "T01")).statusCode(200);
        given().post("/api/events/{id}/publication", id).then().statusCode(201)
                .body("number", equalTo(2))
                .body("moved", equalTo(1));
        given().get("/api/events/{id}/participants/eu-01/agenda.ics", id).then().statusCode(200)
                .body(containsString("SEQUENCE:1"))
                .body(containsString("T142000"));
        StoredTimetable.assertValid(id, StoredTimetable.movedByHand(StoredTimetable.read(SMALL), PINNED_PAIR));
    }
}
