package org.matchday.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Every validation rule of the import, each asserted on the problem body with its JSON path. */
@QuarkusTest
class EventValidationResourceTest {

    /** A document that breaks one rule per element, so one answer must list them all. */
    private static final String BROKEN = """
            {
              "format": "matchday-event/1",
              "name": "Broken",
              "timezone": "Asia/Taipeh",
              "sessions": [
                {"id": "am", "date": "2018-06-05", "start": "09:00", "end": "12:00", "meetingMinutes": 20,
                 "breaks": [{"start": "08:30", "end": "09:10"}]},
                {"id": "mid", "date": "2018-06-05", "start": "11:30", "end": "13:00", "meetingMinutes": 30},
                {"id": "am", "date": "2018-06-06", "start": "09:00", "end": "10:00", "meetingMinutes": 20},
                {"id": "short", "date": "2018-06-07", "start": "09:00", "end": "09:15", "meetingMinutes": 20},
                {"id": "bad", "date": "2018-02-30", "start": "9:00", "end": "25:00", "meetingMinutes": 20,
                 "gapMinutes": -5}
              ],
              "tables": [{"id": "T1"}, {"id": "T1"}],
              "participants": [
                {"id": "a", "name": "Ann", "availability": [{"session": "am", "from": "08:00", "to": "10:00"}],
                 "maxMeetings": -1},
                {"id": "b", "name": "Bo", "availability": [{"session": "pm", "from": "13:00", "to": "14:00"}]},
                {"id": "a", "name": "Ann again"}
              ],
              "requests": [
                {"id": "r1", "from": "a", "to": "zz"},
                {"id": "r2", "from": "b", "to": "b"},
                {"id": "r3", "from": "a", "to": "b", "priority": 9}
              ]
            }
            """;

    private ValidatableResponse importBroken() {
        return given().contentType(ContentType.JSON).body(BROKEN)
                .when().post("/api/events/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:matchday:problem:invalid-body"))
                .body("title", equalTo("Invalid request body"))
                .body("status", equalTo(400));
    }

    private static String message(String path) {
        return "errors.find { it.path == '" + path + "' }.message";
    }

    @Test
    void invalidTimeZone() {
        importBroken().body(message("$.timezone"), containsString("IANA time zone"));
    }

    @Test
    void malformedDatesAndTimes() {
        importBroken()
                .body(message("$.sessions[4].date"), containsString("YYYY-MM-DD"))
                .body(message("$.sessions[4].start"), containsString("HH:mm"))
                .body(message("$.sessions[4].end"), containsString("HH:mm"));
    }

    @Test
    void negativeNumbers() {
        importBroken()
                .body(message("$.sessions[4].gapMinutes"), containsString("greater than or equal to 0"))
                .body(message("$.participants[0].maxMeetings"), containsString("greater than or equal to 0"))
                .body(message("$.requests[2].priority"), containsString("less than or equal to 5"));
    }

    @Test
    void duplicateIds() {
        importBroken()
                .body(message("$.sessions[2].id"), equalTo("duplicate session id \"am\" (first at $.sessions[0])"))
                .body(message("$.tables[1].id"), equalTo("duplicate table id \"T1\" (first at $.tables[0])"))
                .body(message("$.participants[2].id"),
                        equalTo("duplicate participant id \"a\" (first at $.participants[0])"));
    }

    @Test
    void overlappingSessions() {
        importBroken().body(message("$.sessions[1]"),
                equalTo("overlaps session \"am\" (09:00-12:00 on 2018-06-05)"));
    }

    @Test
    void sessionShorterThanOneMeeting() {
        importBroken().body(message("$.sessions[3].meetingMinutes"),
                equalTo("a 20-minute meeting does not fit in the session from 09:00 to 09:15 (15 minutes)"));
    }

    @Test
    void breakOutsideItsSession() {
        importBroken().body(message("$.sessions[0].breaks[0]"),
                equalTo("break 08:30-09:10 lies outside its session 09:00-12:00"));
    }

    @Test
    void availabilityOutsideASessionOrInAnUnknownOne() {
        importBroken()
                .body(message("$.participants[0].availability[0]"),
                        equalTo("window 08:00-10:00 lies outside session \"am\" (09:00-12:00)"))
                .body(message("$.participants[1].availability[0].session"), equalTo("unknown session \"pm\""));
    }

    @Test
    void unknownParticipantInARequest() {
        importBroken().body(message("$.requests[0].to"), equalTo("unknown participant \"zz\""));
    }

    @Test
    void selfRequest() {
        importBroken().body(message("$.requests[1].to"),
                equalTo("a participant cannot request a meeting with itself"));
    }

    @Test
    void everyProblemIsListedOnce() {
        importBroken().body("errors", hasSize(17));
    }

    @Test
    void meetingsMustSitOnSlotsOfKnownSessionsAndTables() {
        String doc = """
                {"format": "matchday-event/1", "name": "Meetings", "timezone": "Europe/Brussels",
                 "sessions": [{"id": "s", "date": "2026-03-10", "start": "09:00", "end": "10:00",
                               "meetingMinutes": 15, "gapMinutes": 5}],
                 "tables": [{"id": "T1"}],
                 "participants": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
                 "requests": [{"id": "r1", "from": "a", "to": "b"}],
                 "meetings": [
                   {"participants": ["a", "b"], "requests": ["r1"], "session": "s", "start": "2026-03-10T09:05",
                    "table": "T1"},
                   {"participants": ["a", "c"], "requests": ["r1"], "session": "s", "start": "2026-03-10T09:20",
                    "end": "2026-03-10T09:40", "table": "T9"},
                   {"participants": ["b", "c"], "session": "x", "start": "2026-03-10T09:20", "table": "T1"}
                 ]}
                """;
        given().contentType(ContentType.JSON).body(doc)
                .when().post("/api/events/import")
                .then().statusCode(400)
                .body(message("$.meetings[0].start"), containsString("is not the start of a slot of session \"s\";"
                        + " slots start at 2026-03-10T09:00, 2026-03-10T09:20, 2026-03-10T09:40"))
                .body(message("$.meetings[1].requests[0]"),
                        containsString("request \"r1\" is between \"a\" and \"b\""))
                .body(message("$.meetings[1].end"), equalTo("must be 2026-03-10T09:35, the end of the slot"
                        + " starting at 2026-03-10T09:20"))
                .body(message("$.meetings[1].table"), equalTo("unknown table \"T9\""))
                .body(message("$.meetings[2].session"), equalTo("unknown session \"x\""))
                .body("errors", hasSize(5));
    }

    @Test
    void doubleBookedParticipantsAndTablesInGivenMeetings() {
        String doc = """
                {"format": "matchday-event/1", "name": "Clash", "timezone": "Europe/Brussels",
                 "sessions": [{"id": "s", "date": "2026-03-10", "start": "09:00", "end": "10:00",
                               "meetingMinutes": 30}],
                 "tables": [{"id": "T1"}, {"id": "T2"}],
                 "participants": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"},
                                  {"id": "d", "name": "D"}],
                 "meetings": [
                   {"participants": ["a", "b"], "session": "s", "start": "2026-03-10T09:00", "table": "T1"},
                   {"participants": ["a", "c"], "session": "s", "start": "2026-03-10T09:00", "table": "T2"},
                   {"participants": ["c", "d"], "session": "s", "start": "2026-03-10T09:30", "table": "T1"},
                   {"participants": ["b", "d"], "session": "s", "start": "2026-03-10T09:30", "table": "T1"}
                 ]}
                """;
        given().contentType(ContentType.JSON).body(doc)
                .when().post("/api/events/import")
                .then().statusCode(400)
                .body(message("$.meetings[1]"),
                        equalTo("participant \"a\" already meets in $.meetings[0] at 2026-03-10T09:00"))
                .body(message("$.meetings[3].table"),
                        equalTo("table \"T1\" already hosts $.meetings[2] at 2026-03-10T09:30"))
                .body(message("$.meetings[3]"),
                        equalTo("participant \"d\" already meets in $.meetings[2] at 2026-03-10T09:30"))
                .body("errors", hasSize(3));
    }

    @Test
    void wrongFormatNameIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"format\": \"matchday-event/2\", \"name\": \"X\", \"timezone\": \"UTC\"}")
                .when().post("/api/events/import")
                .then().statusCode(400)
                .body(message("$.format"), equalTo("must be \"matchday-event/1\""));
    }
}
