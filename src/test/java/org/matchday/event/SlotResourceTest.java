package org.matchday.event;

import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SlotResourceTest {

    @Test
    void slotsFollowGapsAndPausesSessionBySession() {
        long id = TestEvents.importFixture("small-event.json");
        given().get("/api/events/{id}/slots", id)
                .then().statusCode(200)
                // am: 10:00-11:00, 20 minutes, no gap -> 3 slots; pm: 9 slots around the 15:10-15:30 pause
                .body("$", hasSize(12))
                .body("findAll { it.session == 'am' }.start",
                        equalTo(List.of("2018-06-05T10:00", "2018-06-05T10:20", "2018-06-05T10:40")))
                .body("[6].start", equalTo("2018-06-05T14:45"))
                .body("[6].end", equalTo("2018-06-05T15:05"))
                .body("[7].start", equalTo("2018-06-05T15:30"))
                .body("[7].index", equalTo(4))
                .body("[11].end", equalTo("2018-06-05T17:30"));
    }

    @Test
    void unknownEventHasNoSlots() {
        given().get("/api/events/{id}/slots", 31337).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
