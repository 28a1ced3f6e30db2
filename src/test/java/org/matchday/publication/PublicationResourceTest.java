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
    void thePreviewCountsTheChangesAndTheParticipantsMailedWithAnAddress() {
        // Only Marie Dubois (eu-01) has an address: of the two the one meeting involves, one is mailed.
        String document = TestEvents.document("small-event.json")
                .replace("\"name\": \"Marie Dubois\",", "\"name\": \"Marie Dubois\", \"email\": \"marie@example.org\",");
        long id = TestEvents.importEvent(document);
        given().get("/api/events/{id}/publication/preview", id).then().statusCode(200)
                .body("number", equalTo(1)).body("changes", equalTo(1)).body("mailed", equalTo(1));
        given().post("/api/events/{id}/publication", id).then().statusCode(201).body("number", equalTo(1));
        // Nothing changed since: publishing again would mail no one.
        given().get("/api/events/{id}/publication/preview", id).then().statusCode(200)
                .body("number", equalTo(2)).body("changes", equalTo(0)).body("mailed", equalTo(0));
        given().get("/api/events/{id}/publication/preview", 424242).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unknownEventCannotBePublished() {
        given().post("/api/events/{id}/publication", 424242).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
