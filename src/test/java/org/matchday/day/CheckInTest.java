package org.matchday.day;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchday.config.SettableClock;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matchday.security.AccessFixture.as;

/** The desk checks participants in and out again; participants check themselves in only when the event allows it. */
@QuarkusTest
class CheckInTest {

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theDeskChecksInUndoesAndListsWhoIsIn() {
        DayFixture day = DayFixture.published();
        clock.set(DayFixture.at("13:05"));
        as(day.staff).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-03").then().statusCode(200)
                .body("participant", equalTo("eu-03")).body("checkedInAt", equalTo("2018-06-05T05:05:00Z"));
        clock.set(DayFixture.at("13:12"));
        as(day.organiser).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "tw-aero").then()
                .statusCode(200).body("checkedInAt", equalTo("2018-06-05T05:12:00Z"));

        // Twice is refused with when it happened; an unknown participant is a 404.
        as(day.staff).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-03").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("check-in.already"))
                .body("params.at", equalTo("2018-06-05T05:05:00Z"));
        as(day.staff).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "nobody").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("participant.unknown"));

        List<Map<String, Object>> in = as(day.staff).get("/api/events/{e}/check-ins", day.eventId).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("eu-03", "tw-aero"), in.stream().map(e -> e.get("participant")).toList());
        assertEquals("2018-06-05T05:12:00Z", in.get(1).get("checkedInAt"));
        assertEquals(2, as(day.staff).get("/api/events/{e}/day", day.eventId).then().statusCode(200).extract()
                .jsonPath().getInt("checkedIn"));

        as(day.staff).delete("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-03").then().statusCode(204);
        as(day.staff).delete("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-03").then().statusCode(409)
                .body("code", equalTo("check-in.not-in"));
        in = as(day.staff).get("/api/events/{e}/check-ins", day.eventId).then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(List.of("tw-aero"), in.stream().map(e -> e.get("participant")).toList());

        // A participant marked as a no-show cannot be checked in.
        as(day.staff).post("/api/events/{e}/participants/{p}/no-show", day.eventId, "eu-07").then().statusCode(200);
        as(day.staff).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-07").then().statusCode(409)
                .body("code", equalTo("check-in.absent")).body("errors[0].path", equalTo("attendance"));
    }

    @Test
    void participantsCheckThemselvesInOnlyWhenTheEventAllowsIt() {
        DayFixture day = DayFixture.published();
        clock.set(DayFixture.at("13:20"));
        String token = day.token("eu-04");
        AccessFixture.withToken(token).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-04").then()
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("check-in.self-off"));
        AccessFixture.withToken(token).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-05").then()
                .statusCode(403);

        Map<String, Object> event = as(day.organiser).get("/api/events/{e}", day.eventId).then().statusCode(200)
                .body("selfCheckIn", equalTo(false)).extract().jsonPath().getMap("$");
        as(day.organiser).contentType(ContentType.JSON).body(Map.of("name", event.get("name"), "timezone",
                        event.get("timezone"), "selfCheckIn", true, "version", event.get("version")))
                .put("/api/events/{e}", day.eventId).then().statusCode(200).body("selfCheckIn", equalTo(true));
        // Absent from an update, the switch stays as it is.
        long version = as(day.organiser).get("/api/events/{e}", day.eventId).jsonPath().getLong("version");
        as(day.organiser).contentType(ContentType.JSON).body(Map.of("name", event.get("name"), "timezone",
                        event.get("timezone"), "version", version))
                .put("/api/events/{e}", day.eventId).then().statusCode(200).body("selfCheckIn", equalTo(true));

        AccessFixture.withToken(token).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-04").then()
                .statusCode(200).body("participant", equalTo("eu-04"))
                .body("checkedInAt", equalTo("2018-06-05T05:20:00Z"));
        AccessFixture.withToken(token).post("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-05").then()
                .statusCode(403);
        AccessFixture.withToken(token).delete("/api/events/{e}/participants/{p}/check-in", day.eventId, "eu-04")
                .then().statusCode(204);
        AccessFixture.withToken(token).get("/api/events/{e}/check-ins", day.eventId).then().statusCode(403);
    }

    @Test
    void nothingHappensOnTheDayBeforeThereIsATimetable() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().post("/api/events/{e}/participants/{p}/check-in", eventId, "eu-02").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("phase.wrong"))
                .body("params.phase", equalTo("DRAFT"));
        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-02", "tw-02")))
                .post("/api/events/{e}/meetings/quick", eventId).then().statusCode(409)
                .body("code", equalTo("phase.wrong"));
        // Years after the sample's day, the control room has no slot now or next.
        given().get("/api/events/{e}/day", eventId).then().statusCode(200).body("checkedIn", equalTo(0))
                .body("expected", equalTo(4)).body("currentSlot", nullValue()).body("nextSlot", nullValue());
    }
}
