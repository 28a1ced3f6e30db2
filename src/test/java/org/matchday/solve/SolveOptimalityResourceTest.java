package org.matchday.solve;

import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The solve status and the statistics say how close the solved timetable is to the best possible. */
@QuarkusTest
@Tag("solver")
class SolveOptimalityResourceTest {

    @Test
    void aSmallEventIsProvenOptimalLongBeforeItsTimeLimit() throws Exception {
        String fixture = TestEvents.document("small-event.json");
        long id = TestEvents.importEvent(fixture);

        // The proof ends the job: with an hour's limit, only the proof can end it before the wait gives up.
        given().when().post("/api/events/{id}/solve?seconds=3600", id).then().statusCode(202);
        JsonPath done = solved(id);

        assertEquals("PROVEN_OPTIMAL", done.getString("optimality"), done.prettify());
        assertEquals("exact", done.getString("optimalitySource"));
        assertEquals(0, done.getInt("meetingsShortAtMost"));
        assertEquals(0, done.getInt("priorityShortAtMost"));
        assertEquals(0, done.getInt("breaksOverAtMost"));
        assertTrue(done.getString("optimalityText").startsWith("Proven optimal"));
        StoredTimetable.assertValid(id, fixture);
    }

    @Test
    void the2018SampleIsProvenOptimalOrBoundedWithConsistentFigures() throws Exception {
        String sample = TestEvents.document("sample:taipei-2018-cluster-matchmaking.json");
        long id = TestEvents.importEvent(sample);

        given().when().post("/api/events/{id}/solve?seconds=20", id).then().statusCode(202);
        JsonPath done = solved(id);

        String optimality = done.getString("optimality");
        assertTrue(Set.of("PROVEN_OPTIMAL", "BOUNDED").contains(optimality), done.prettify());
        int meetingsShort = done.getInt("meetingsShortAtMost");
        long priorityShort = done.getLong("priorityShortAtMost");
        // No bound can promise more than what is left out.
        assertTrue(priorityShort <= done.getLong("requestedPriority") - done.getLong("scheduledPriority"),
                done.prettify());
        if (done.get("breaksOverAtMost") != null) {
            int breaksOver = done.getInt("breaksOverAtMost");
            assertTrue(breaksOver <= done.getInt("breaks"), done.prettify());
        }
        if (optimality.equals("PROVEN_OPTIMAL")) {
            assertEquals(0, meetingsShort);
            assertEquals(0L, priorityShort);
        } else {
            assertTrue(done.getString("optimalityText").startsWith("At most "), done.prettify());
        }
        assertFalse(done.getString("optimalityText").isBlank());
        StoredTimetable.assertValid(id, sample);

        // The statistics of the draft say the same.
        JsonPath statistics = given().when().get("/api/events/{id}/statistics", id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(optimality, statistics.getString("optimality.status"));
        assertEquals(done.getString("optimalitySource"), statistics.getString("optimality.source"));
        assertEquals(priorityShort, statistics.getLong("optimality.priorityShortAtMost"));
        assertEquals(done.getString("optimalityText"), statistics.getString("optimality.text"));
    }

    @Test
    void anUnsolvedEventIsBoundedByTheCapacityCheck() {
        long id = TestEvents.importFixture("small-event.json");

        JsonPath status = given().when().get("/api/events/{id}/solve", id).then().statusCode(200)
                .extract().jsonPath();

        // Nothing scheduled but the pinned meeting: the capacity check knows how much more fits.
        assertEquals("BOUNDED", status.getString("optimality"), status.prettify());
        assertEquals("capacity", status.getString("optimalitySource"));
        assertTrue(status.getLong("priorityShortAtMost") > 0, status.prettify());
        assertNull(status.get("breaksOverAtMost"));
    }

    private static JsonPath solved(long id) {
        return await("solving of event " + id).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().when().get("/api/events/{id}/solve", id)
                        .then().statusCode(200).extract().jsonPath(),
                        status -> status.getString("status").equals("NOT_SOLVING"));
    }
}
