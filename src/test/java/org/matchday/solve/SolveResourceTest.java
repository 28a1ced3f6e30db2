package org.matchday.solve;

import org.matchday.problem.Problem;
import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.matchday.benchmark.EventGenerator;
import org.matchday.benchmark.EventGenerator.Preset;
import org.matchday.format.EventDocument;
import org.matchday.solver.ScheduleFeasibilityChecker;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SolveResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void solvingRunsInTheBackgroundAndTheExportShowsTheSchedule() throws Exception {
        String fixture = TestEvents.document("small-event.json");
        long id = TestEvents.importEvent(fixture);

        given().when().post("/api/events/{id}/solve?seconds=3", id)
                .then().statusCode(202)
                .header("Location", endsWith("/api/events/" + id + "/solve"))
                .body("eventId", equalTo((int) id))
                .body("status", equalTo("SOLVING"))
                .body("secondsLimit", equalTo(3));
        JsonPath done = waitFor(id, status -> status.getString("status").equals("NOT_SOLVING"));

        assertEquals(3, done.getInt("scheduled"));
        assertEquals(0, done.getInt("unscheduled"));
        assertEquals(0, done.getInt("breaks"));
        assertEquals(0, done.getInt("belowMinimum"));
        assertTrue(done.getBoolean("feasible"));
        // eu-01 and tw-01 asked each other and stay pinned at 13:30, three slots after the event's first.
        assertEquals("0hard/0medium/-3soft", done.getString("score"));
        EventDocument exported = StoredTimetable.assertValid(id, fixture);
        assertEquals(3, exported.meetings().size());
    }

    @Test
    void withoutAJobTheStatusDescribesTheStoredSchedule() {
        long id = TestEvents.importFixture("small-event.json");
        given().when().get("/api/events/{id}/solve", id)
                .then().statusCode(200)
                .body("status", equalTo("NOT_SOLVING"))
                .body("scheduled", equalTo(1))
                .body("unscheduled", equalTo(2))
                // Unscheduled: eu-02/tw-02 (priority 3) and eu-02/tw-01 (priority 1), which leaves eu-02 and tw-02
                // without the meeting the fairness minimum owes each (1,000,000 each); the mutual pinned meeting is
                // three slots after the first.
                .body("score", equalTo("0hard/-2000004medium/-3soft"))
                .body("requestedPriority", equalTo(9))
                .body("minimumMeetings", equalTo(1))
                .body("belowMinimum", equalTo(2))
                .body("belowFairShare", equalTo(2))
                .body("withoutMeetings", equalTo(2))
                // Both left-out meetings have free slots: nothing is given up for fairness, the solver has not run.
                .body("priorityGivenUpForFairness", equalTo(0));
    }

    @Test
    void theBestScheduleIsSavedWhileSolvingAndKeptWhenStopped() throws Exception {
        String doc = EventGenerator.toJson(EventGenerator.generate(Preset.BROKERAGE_TWO_DAYS.spec().withSeed(5)));
        long id = TestEvents.importEvent(doc);
        given().when().post("/api/events/{id}/solve?seconds=120", id).then().statusCode(202);

        waitFor(id, status -> status.getInt("scheduled") > 0);
        // Saves come every 500 ms in tests; a loaded machine may take a few of them to write the first one.
        EventDocument whileSolving = await().atMost(Duration.ofSeconds(30))
                .until(() -> export(id), exported -> !exported.meetings().isEmpty());
        assertEquals("SOLVING", given().when().get("/api/events/{id}/solve", id).then().extract().path("status"));
        assertFalse(whileSolving.meetings().isEmpty());
        assertEquals(List.of(), ScheduleFeasibilityChecker.violations(read(doc), whileSolving));

        JsonPath stopped = given().when().delete("/api/events/{id}/solve", id)
                .then().statusCode(200)
                .body("status", equalTo("NOT_SOLVING"))
                .extract().jsonPath();
        EventDocument kept = StoredTimetable.assertValid(id, doc);
        assertEquals(stopped.getInt("scheduled"), kept.meetings().size());
        assertTrue(kept.meetings().size() >= whileSolving.meetings().size() - 5);
        kept.unscheduled().forEach(u -> assertTrue(u.reason() != null));
    }

    @Test
    void aSecondSolveOfTheSameEventIsAConflict() {
        String doc = EventGenerator.toJson(EventGenerator.generate(Preset.SMALL.spec()));
        long id = TestEvents.importEvent(doc);
        given().when().post("/api/events/{id}/solve?seconds=60", id).then().statusCode(202);

        given().when().post("/api/events/{id}/solve", id)
                .then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(409))
                .body("detail", containsString("being solved already"));

        given().when().delete("/api/events/{id}/solve", id).then().statusCode(200)
                .body("status", equalTo("NOT_SOLVING"));
        given().when().delete("/api/events/{id}/solve", id).then().statusCode(200);
        StoredTimetable.assertValid(id, doc);
    }

    @Test
    void progressIsStreamedUntilSolvingEnds() {
        String fixture = TestEvents.document("small-event.json");
        long id = TestEvents.importEvent(fixture);
        given().when().post("/api/events/{id}/solve?seconds=2", id).then().statusCode(202);

        String stream = given().accept("text/event-stream")
                .when().get("/api/events/{id}/solve/events", id)
                .then().statusCode(200)
                .contentType(containsString("text/event-stream"))
                .extract().asString();

        assertTrue(stream.contains("data:"), stream);
        assertTrue(stream.contains("\"status\":\"SOLVING\""), stream);
        assertTrue(stream.strip().endsWith("}") && stream.contains("\"status\":\"NOT_SOLVING\""), stream);
        StoredTimetable.assertValid(id, fixture);
    }

    @Test
    void unknownEventIsNotFound() {
        for (String method : List.of("POST", "GET", "DELETE")) {
            given().when().request(method, "/api/events/{id}/solve", 987654)
                    .then().statusCode(404)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("987654"));
        }
    }

    @Test
    void timeLimitOutOfRangeIsRefusedAndNoJobStarts() {
        long id = TestEvents.importFixture("small-event.json");
        // Tests keep the default matchday.solver.max-seconds of 3600.
        for (int seconds : List.of(0, 3601)) {
            given().when().post("/api/events/{id}/solve?seconds={seconds}", id, seconds)
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:matchday:problem:invalid-parameter"))
                    .body("status", equalTo(400))
                    .body("detail", equalTo("The time limit is out of range."))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].path", equalTo("seconds"))
                    .body("errors[0].message", equalTo("must be between 1 and 3600 seconds"));
        }
        // A job, even one over at once, would leave its limit and start time; the stored schedule is untouched.
        given().when().get("/api/events/{id}/solve", id).then().statusCode(200)
                .body("status", equalTo("NOT_SOLVING"))
                .body("secondsLimit", nullValue())
                .body("startedAt", nullValue())
                .body("scheduled", equalTo(1))
                .body("unscheduled", equalTo(2));
    }

    @Test
    void weightsAreKeptPerEventAndUsedForTheScore() {
        long id = TestEvents.importFixture("small-event.json");
        given().when().get("/api/events/{id}/solve/weights", id)
                .then().statusCode(200)
                .body("size()", equalTo(14))
                .body("find { it.constraint == 'Too few meetings' }.level", equalTo("medium"))
                .body("find { it.constraint == 'Too few meetings' }.defaultWeight",
                        equalTo("0hard/1000000medium/0soft"))
                .body("find { it.constraint == 'Idle break' }.level", equalTo("soft"))
                .body("find { it.constraint == 'Idle break' }.defaultWeight", equalTo("0hard/0medium/1000000000soft"))
                .body("find { it.constraint == 'Participant double-booked' }.weight", equalTo("1hard/0medium/0soft"));

        given().contentType("application/json")
                .body("{\"weights\": {\"Mutual wish late\": \"0hard/0medium/0soft\","
                        + " \"Too few meetings\": \"0hard/10medium/0soft\"}}")
                .when().put("/api/events/{id}/solve/weights", id)
                .then().statusCode(200)
                .body("find { it.constraint == 'Mutual wish late' }.weight", equalTo("0hard/0medium/0soft"));

        // With the preference off, the pinned mutual meeting at 13:30 no longer costs anything; a participant
        // without its owed meeting now weighs 10 priority points: 2 x 10 + 4 left out.
        given().when().get("/api/events/{id}/solve", id)
                .then().statusCode(200)
                .body("score", equalTo("0hard/-24medium/0soft"));
    }

    @Test
    void weightsThatDoNotFitTheirRuleAreRefusedTogether() {
        long id = TestEvents.importFixture("small-event.json");
        given().contentType("application/json")
                .body("{\"weights\": {\"Coffee\": \"0hard/0medium/1soft\", \"Participant double-booked\":"
                        + " \"0hard/0medium/0soft\", \"Idle break\": \"0hard/1medium/0soft\","
                        + " \"Idle time\": \"lots\"}}")
                .when().put("/api/events/{id}/solve/weights", id)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.size()", equalTo(4))
                .body("errors.path", org.hamcrest.Matchers.hasItem("$.weights['Coffee']"));
        given().when().get("/api/events/{id}/solve/weights", id)
                .then().body("find { it.constraint == 'Idle break' }.weight", equalTo("0hard/0medium/1000000000soft"));
    }

    private static JsonPath waitFor(long id, Predicate<JsonPath> condition) {
        return await("solving of event " + id).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().when().get("/api/events/{id}/solve", id)
                        .then().statusCode(200).extract().jsonPath(), condition);
    }

    private static EventDocument export(long id) throws Exception {
        return read(given().when().get("/api/events/{id}/export", id).then().statusCode(200).extract().asString());
    }

    private static EventDocument read(String json) throws Exception {
        return JSON.readValue(json, EventDocument.class);
    }
}
