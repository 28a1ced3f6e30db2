package org.matchday.publication;

import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PublicationResourceTest {

    @Test
    void nothingIsPublishedAtFirst() {
        long id = TestEvents.importFixture("small-event.json");
        given().get("/api/events/{id}/publication", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("The schedule of event " + id + " has not been published yet."));
    }

    @Test
    void publishingFreezesTheScheduleAndCountsUp() {
        long id = TestEvents.importFixture("small-event.json");
        given().post("/api/events/{id}/publication", id)
                .then().statusCode(201)
                .body("number", equalTo(1))
                .body("meetings", equalTo(1))
                .body("moved", equalTo(0))
                .body("publishedAt", notNullValue());
        given().post("/api/events/{id}/publication", id).then().statusCode(201).body("number", equalTo(2));
        given().get("/api/events/{id}/publication", id).then().statusCode(200).body("number", equalTo(2));
    }

    @Test
    void unknownEventCannotBePublished() {
        given().post("/api/events/{id}/publication", 424242).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
