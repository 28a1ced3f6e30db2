package org.matchday.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.matchday.rest.TestEvents;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Statistics and the capacity report are kept between requests, yet every kind of change is in the next answer:
 * an added, an edited and a deleted row, a publication and an edit of the event itself.
 */
@QuarkusTest
class ReportCacheTest {

    @Test
    void everyChangeMakesTheReportsFresh() {
        long id = TestEvents.importFixture("solved-event.json");
        expect(id, 16, 12, 40, true);
        expect(id, 16, 12, 40, true);

        // Added: an accepted request for a new pair (tw-04 has none yet) is a new requested meeting.
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "r99", "from", "eu-01", "to", "tw-04", "priority", 5, "status", "ACCEPTED"))
                .post("/api/events/{id}/requests", id).then().statusCode(201);
        expect(id, 17, 13, 45, true);

        // Edited: its priority changes, nothing else does.
        int version = given().get("/api/events/{id}/requests/r99", id).then().statusCode(200).extract()
                .path("version");
        given().contentType(ContentType.JSON).body(Map.of("id", "r99", "from", "eu-01", "to", "tw-04",
                "priority", 2, "status", "ACCEPTED", "version", version))
                .put("/api/events/{id}/requests/r99", id).then().statusCode(200);
        expect(id, 17, 13, 42, true);

        // Deleted: back to the imported figures.
        given().delete("/api/events/{id}/requests/r99", id).then().statusCode(204);
        expect(id, 16, 12, 40, true);

        // Published: the statistics now describe the publication.
        given().post("/api/events/{id}/publication", id).then().statusCode(201);
        expect(id, 16, 12, 40, false);

        // The event itself: its fairness minimum is part of both reports.
        Map<String, Object> event = given().get("/api/events/{id}", id).then().statusCode(200).extract()
                .jsonPath().getMap("");
        given().contentType(ContentType.JSON).body(Map.of("name", event.get("name"), "timezone",
                event.get("timezone"), "minimumMeetings", 3, "version", event.get("version")))
                .put("/api/events/{id}", id).then().statusCode(200);
        given().get("/api/events/{id}/statistics", id).then().statusCode(200)
                .body("fairness.minimumMeetings", equalTo(3));
        given().get("/api/events/{id}/capacity", id).then().statusCode(200)
                .body("fairness.minimumMeetings", equalTo(3));
    }

    private static void expect(long id, int requests, int meetings, int priority, boolean draft) {
        given().get("/api/events/{id}/statistics", id).then().statusCode(200)
                .body("requests.total", equalTo(requests))
                .body("meetings.requested", equalTo(meetings))
                .body("priorities.requested", equalTo(priority))
                .body("draft", equalTo(draft));
        given().get("/api/events/{id}/capacity", id).then().statusCode(200)
                .body("meetings", equalTo(meetings))
                .body("requestedPriority", equalTo(priority));
    }
}
