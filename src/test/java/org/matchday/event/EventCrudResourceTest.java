package org.matchday.event;

import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** CRUD of events and their sessions, tables, participants and requests, with versions and rule checks. */
@QuarkusTest
class EventCrudResourceTest {

    private static String message(String path) {
        return "errors.find { it.path == '" + path + "' }.message";
    }

    @Test
    void eventLifecycleWithOptimisticLocking() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Cluster Days", "timezone", "Europe/Brussels"))
                .when().post("/api/events")
                .then().statusCode(201)
                .body("name", equalTo("Cluster Days"))
                .body("minimumMeetings", equalTo(1))
                .body("sessions", equalTo(0))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int version = given().get("/api/events/{id}", id).then().statusCode(200).extract().path("version");

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Cluster Days 2026", "timezone", "Europe/Paris", "venue", "Lille",
                        "minimumMeetings", 4, "version", version))
                .when().put("/api/events/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Cluster Days 2026"))
                .body("venue", equalTo("Lille"))
                .body("minimumMeetings", equalTo(4))
                .body("version", equalTo(version + 1));
        given().get("/api/events/{id}/export", id).then().body("minimumMeetings", equalTo(4));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Late edit", "timezone", "Europe/Paris", "version", version))
                .when().put("/api/events/{id}", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("someone changed it since you read it"));
        given().get("/api/events").then().body("id", hasItem((int) id));

        given().delete("/api/events/{id}", id).then().statusCode(204);
        given().get("/api/events/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/events/{id}", id).then().statusCode(404);
    }

    @Test
    void invalidEventSettingsAreListed() {
        given().contentType(ContentType.JSON).body(Map.of("name", " ", "timezone", "Mars/Olympus",
                        "minimumMeetings", -1))
                .when().post("/api/events")
                .then().statusCode(400)
                .body(message("$.name"), equalTo("must not be blank"))
                .body(message("$.timezone"), containsString("IANA"))
                .body(message("$.minimumMeetings"), equalTo("must be greater than or equal to 0"));
    }

    @Test
    void aMinimumLeftOutOfAnUpdateGoesBackToTheDefault() {
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Seminar", "timezone", "Asia/Taipei", "minimumMeetings", 0))
                .when().post("/api/events")
                .then().statusCode(201)
                .body("minimumMeetings", equalTo(0))
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Seminar", "timezone", "Asia/Taipei", "version", 0))
                .when().put("/api/events/{id}", id)
                .then().statusCode(200)
                .body("minimumMeetings", equalTo(1));
    }

    @Test
    void sessionsAreCheckedAgainstTheWholeEvent() {
        long id = TestEvents.importFixture("small-event.json");
        Map<String, Object> evening = Map.of("id", "eve", "date", "2018-06-05", "start", "18:00", "end", "19:00",
                "meetingMinutes", 15, "gapMinutes", 5);
        given().contentType(ContentType.JSON).body(evening)
                .when().post("/api/events/{id}/sessions", id)
                .then().statusCode(201)
                .header("Location", endsWith("/api/events/" + id + "/sessions/eve"))
                .body("id", equalTo("eve"))
                .body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(evening)
                .when().post("/api/events/{id}/sessions", id)
                .then().statusCode(409)
                .body("detail", equalTo("There is already a session \"eve\" in this event."));
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "late", "date", "2018-06-05", "start", "17:00", "end", "18:30",
                        "meetingMinutes", 15))
                .when().post("/api/events/{id}/sessions", id)
                .then().statusCode(400)
                .body(message("$"), containsString("overlaps session"));
        given().get("/api/events/{id}/slots", id).then().body("findAll { it.session == 'eve' }", hasSize(3));
    }

    @Test
    void changingASessionUnschedulesMeetingsWhoseSlotIsGone() {
        long id = TestEvents.importFixture("small-event.json");
        Map<String, Object> pm = given().get("/api/events/{id}/sessions/pm", id).then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> later = new java.util.HashMap<>(pm);
        // A welcome address at the start pushes every slot back: the pinned 13:30 meeting loses its slot.
        later.put("breaks", java.util.List.of(Map.of("start", "13:30", "end", "13:40"),
                Map.of("start", "15:10", "end", "15:30")));
        given().contentType(ContentType.JSON).body(later)
                .when().put("/api/events/{id}/sessions/pm", id)
                .then().statusCode(200)
                .body("breaks[0].end", equalTo("13:40"))
                .body("version", equalTo(1));
        given().get("/api/events/{id}/export", id).then()
                .body("meetings", hasSize(0))
                .body("unscheduled.find { it.participants == ['eu-01', 'tw-01'] }.reason",
                        equalTo("Its slot no longer exists since session \"pm\" changed."));
        // The same body again carries the old version now.
        given().contentType(ContentType.JSON).body(later)
                .when().put("/api/events/{id}/sessions/pm", id)
                .then().statusCode(409);
    }

    @Test
    void aSessionChangeThatLeavesAvailabilityOutsideItIsRefused() {
        long id = TestEvents.importFixture("small-event.json");
        Map<String, Object> pm = new java.util.HashMap<>(given().get("/api/events/{id}/sessions/pm", id).then()
                .extract().as(Map.class));
        pm.put("start", "14:00");
        given().contentType(ContentType.JSON).body(pm)
                .when().put("/api/events/{id}/sessions/pm", id)
                .then().statusCode(400)
                .body(message("$.participants[0].availability[0]"),
                        equalTo("window 13:30-16:00 lies outside session \"pm\" (14:00-17:30)"));
    }

    @Test
    void idsInTheAddressCannotBeChangedByTheBody() {
        long id = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON).body(Map.of("id", "T99", "name", "Renamed", "version", 0))
                .when().put("/api/events/{id}/tables/T01", id)
                .then().statusCode(400)
                .body(message("$.id"), containsString("ids cannot change"));
        given().contentType(ContentType.JSON).body(Map.of("id", "T01", "name", "Table One"))
                .when().put("/api/events/{id}/tables/T01", id)
                .then().statusCode(400)
                .body(message("$.version"), equalTo("must be the version last read"));
        given().contentType(ContentType.JSON).body(Map.of("id", "T01", "name", "Table One", "version", 0))
                .when().put("/api/events/{id}/tables/T01", id)
                .then().statusCode(200)
                .body("name", equalTo("Table One"));
    }

    @Test
    void deletingWhatIsStillReferencedIsAConflictListingTheReferences() {
        long id = TestEvents.importFixture("small-event.json");
        given().delete("/api/events/{id}/tables/T01", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("still in use"))
                .body(message("$.participants[2].table"), equalTo("unknown table \"T01\""));
        given().delete("/api/events/{id}/sessions/pm", id)
                .then().statusCode(409)
                .body("errors.path", hasItem("$.participants[0].availability[0].session"))
                .body("errors.path", hasItem("$.requests[0].sessions[0]"));
        given().get("/api/events/{id}/tables/T01", id).then().statusCode(200);
    }

    @Test
    void deletingATableUnschedulesItsMeetings() {
        long id = TestEvents.importFixture("small-event.json");
        // T01 is tw-01's fixed table; free it first, then move nothing else.
        Map<String, Object> tw01 = given().get("/api/events/{id}/participants/tw-01", id).then().extract()
                .as(Map.class);
        Map<String, Object> noTable = new java.util.HashMap<>(tw01);
        noTable.remove("table");
        given().contentType(ContentType.JSON).body(noTable)
                .when().put("/api/events/{id}/participants/tw-01", id)
                .then().statusCode(200)
                .body("table", nullValue());
        given().delete("/api/events/{id}/tables/T01", id).then().statusCode(204);
        given().get("/api/events/{id}/export", id).then()
                .body("meetings", hasSize(0))
                .body("unscheduled.reason", hasItem("Its table \"T01\" was deleted."));
    }

    @Test
    void participantsAreValidatedAndDeletedWithTheirRequests() {
        long id = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "eu-03", "name", "Zoë Łukasik", "country", "pl", "table", "T09",
                        "maxMeetings", -2))
                .when().post("/api/events/{id}/participants", id)
                .then().statusCode(400)
                .body(message("$.country"), containsString("ISO 3166-1"))
                .body(message("$.maxMeetings"), containsString("greater than or equal to 0"));
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "eu-03", "name", "Zoë Łukasik", "country", "PL", "table", "T09"))
                .when().post("/api/events/{id}/participants", id)
                .then().statusCode(400)
                .body(message("$.table"), equalTo("unknown table \"T09\""));
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "eu-03", "name", "Zoë Łukasik", "country", "PL", "table", "T02"))
                .when().post("/api/events/{id}/participants", id)
                .then().statusCode(400)
                .body(message("$.table"), equalTo("table \"T02\" is already the fixed table of participant"
                        + " \"tw-02\""));

        given().delete("/api/events/{id}/participants/eu-01", id).then().statusCode(204);
        given().get("/api/events/{id}/requests", id).then()
                .body("id", not(hasItem("r1")))
                .body("id", not(hasItem("r2")))
                .body("id", hasItem("r3"));
        given().get("/api/events/{id}/export", id).then().body("meetings", hasSize(0));
        given().get("/api/events/{id}/participants/eu-01", id).then().statusCode(404)
                .body("detail", containsString("eu-01"));
    }

    @Test
    void requestsKeepOneMeetingPerPairWhileAcceptedRequestsAskForIt() {
        long id = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON).body(Map.of("id", "r9", "from", "tw-02", "to", "tw-02"))
                .when().post("/api/events/{id}/requests", id)
                .then().statusCode(400)
                .body(message("$.to"), equalTo("a participant cannot request a meeting with itself"));
        given().contentType(ContentType.JSON).body(Map.of("id", "r9", "from", "tw-02", "to", "tw-01",
                        "priority", 4))
                .when().post("/api/events/{id}/requests", id)
                .then().statusCode(201)
                .body("status", equalTo("ACCEPTED"));
        given().get("/api/events/{id}", id).then().body("unscheduledMeetings", equalTo(3));

        given().contentType(ContentType.JSON).body(Map.of("id", "r9", "from", "tw-02", "to", "tw-01",
                        "priority", 4, "status", "DECLINED", "version", 0))
                .when().put("/api/events/{id}/requests/r9", id)
                .then().statusCode(200)
                .body("version", equalTo(1));
        given().get("/api/events/{id}", id).then().body("unscheduledMeetings", equalTo(2));

        given().delete("/api/events/{id}/requests/r5", id).then().statusCode(204);
        given().get("/api/events/{id}/export", id).then()
                .body("unscheduled.participants", not(hasItem(java.util.List.of("eu-02", "tw-01"))));
        // The pinned meeting stays even when its requests go.
        given().delete("/api/events/{id}/requests/r1", id).then().statusCode(204);
        given().delete("/api/events/{id}/requests/r2", id).then().statusCode(204);
        given().get("/api/events/{id}/export", id).then()
                .body("meetings", hasSize(1))
                .body("meetings[0].requests", hasSize(0));
    }

    @Test
    void unknownIdsAreNotFound() {
        long id = TestEvents.importFixture("small-event.json");
        given().get("/api/events/{id}/sessions/nope", id).then().statusCode(404)
                .body("detail", equalTo("There is no session \"nope\" in this event."));
        given().delete("/api/events/{id}/requests/nope", id).then().statusCode(404);
        given().get("/api/events/{id}/participants", 999999).then().statusCode(404);
    }
}
