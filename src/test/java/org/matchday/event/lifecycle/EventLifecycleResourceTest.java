package org.matchday.event.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.matchday.rest.TestEvents;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Copying, archiving and restoring events; tables in bulk and their hosts. */
@QuarkusTest
class EventLifecycleResourceTest {

    private static String message(String path) {
        return "errors.find { it.path == '" + path + "' }.message";
    }

    private static long sample() {
        return TestEvents.importFixture("small-event.json");
    }

    @Test
    void aCopyMovesTheSessionsAndTakesTablesRulesAndOnRequestParticipantsButNoWishes() {
        long source = sample();
        given().contentType(ContentType.JSON).body(Map.of("maxWishesPerParticipant", 3))
                .put("/api/events/{id}/rules", source).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("phase", "WISHES_OPEN"))
                .put("/api/events/{id}/phase", source).then().statusCode(200);
        long copy = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Cluster Days 2019", "firstDate", "2019-06-04", "participants", true))
                .post("/api/events/{id}/copy", source)
                .then().statusCode(201)
                .body("name", equalTo("Cluster Days 2019"))
                .body("phase", equalTo("DRAFT"))
                .body("venue", equalTo("Taipei International Convention Center"))
                .body("tables", equalTo(3))
                .body("participants", equalTo(4))
                .body("requests", equalTo(0))
                .body("scheduledMeetings", equalTo(0))
                .body("unscheduledMeetings", equalTo(0))
                .extract().jsonPath().getLong("id");
        given().get("/api/events/{id}/export", copy).then().statusCode(200)
                .body("sessions.date", contains("2019-06-04", "2019-06-04"))
                .body("sessions[1].breaks[0].start", equalTo("15:10"))
                .body("rules.maxWishesPerParticipant", equalTo(3))
                .body("participants.find { it.id == 'tw-01' }.table", equalTo("T01"))
                .body("requests", hasSize(0))
                .body("meetings", hasSize(0));

        long bare = given().contentType(ContentType.JSON).body(Map.of("name", "Same dates"))
                .post("/api/events/{id}/copy", source)
                .then().statusCode(201).body("participants", equalTo(0)).extract().jsonPath().getLong("id");
        given().get("/api/events/{id}/export", bare).then()
                .body("sessions.date", contains("2018-06-05", "2018-06-05"));
    }

    @Test
    void anInvalidCopyNamesItsFieldsAndMakesNothing() {
        long source = sample();
        int before = given().get("/api/events").then().extract().jsonPath().getList("id").size();
        given().contentType(ContentType.JSON).body(Map.of("name", " ", "firstDate", "4 June"))
                .post("/api/events/{id}/copy", source)
                .then().statusCode(400).contentType("application/problem+json")
                .body(message("$.name"), equalTo("must not be blank"))
                .body(message("$.firstDate"), containsString("YYYY-MM-DD"));
        given().get("/api/events").then().body("id", hasSize(before));
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/events/{id}/copy", 987654321L)
                .then().statusCode(404);
    }

    @Test
    void anArchivedEventLeavesTheListReadOnlyUntilRestored() {
        long id = sample();
        given().post("/api/events/{id}/archive", id).then().statusCode(200).body("archived", equalTo(true));
        given().get("/api/events").then().body("find { it.id == " + id + " }.archived", equalTo(true));
        // Reads go on; changes other than restoring, copying and deleting are refused.
        given().get("/api/events/{id}/tables", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("id", "T09"))
                .post("/api/events/{id}/tables", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("archived"));
        given().contentType(ContentType.JSON).body(Map.of("count", 2)).post("/api/events/{id}/tables/batch", id)
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("name", "From the archive"))
                .post("/api/events/{id}/copy", id).then().statusCode(201).body("archived", equalTo(false));
        given().post("/api/events/{id}/archive", id).then().statusCode(409);

        given().post("/api/events/{id}/restore", id).then().statusCode(200).body("archived", equalTo(false));
        given().post("/api/events/{id}/restore", id).then().statusCode(200).body("archived", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("id", "T09"))
                .post("/api/events/{id}/tables", id).then().statusCode(201);

        given().post("/api/events/{id}/archive", id).then().statusCode(200);
        given().delete("/api/events/{id}", id).then().statusCode(204);
        given().get("/api/events/{id}", id).then().statusCode(404);
    }

    @Test
    void twentyTablesFromAPatternPaddedToTheLargestNumber() {
        long id = given().contentType(ContentType.JSON).body(Map.of("name", "Tables", "timezone", "Europe/Brussels"))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("count", 20, "pattern", "T{n}", "namePattern", "Table {n}"))
                .post("/api/events/{id}/tables/batch", id)
                .then().statusCode(201)
                .body("id", hasSize(20))
                .body("[0].id", equalTo("T01"))
                .body("[0].name", equalTo("Table 1"))
                .body("[19].id", equalTo("T20"))
                .body("[19].version", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("count", 3, "pattern", "Booth-{n}", "start", 8,
                        "zeroPad", false))
                .post("/api/events/{id}/tables/batch", id)
                .then().statusCode(201).body("id", contains("Booth-8", "Booth-9", "Booth-10"))
                .body("[0].name", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("count", 98, "start", 3))
                .post("/api/events/{id}/tables/batch", id)
                .then().statusCode(201).body("[0].id", equalTo("T003"));
        given().get("/api/events/{id}", id).then().body("tables", equalTo(121));
    }

    @Test
    void aBatchWithOneTakenIdAddsNothingAndNamesThePattern() {
        long id = sample();
        // Ten tables pad to two digits: T01..T10, of which T01..T03 exist.
        given().contentType(ContentType.JSON).body(Map.of("count", 10, "pattern", "T{n}"))
                .post("/api/events/{id}/tables/batch", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.path", hasItem("$.pattern"))
                .body("errors.message", hasItem(containsString("\"T01\", which is already a table")))
                .body("errors.message", hasItem(containsString("\"T03\"")))
                .body("errors.message", not(hasItem(containsString("\"T04\""))));
        given().get("/api/events/{id}/tables", id).then().body("id", contains("T01", "T02", "T03"));
    }

    @Test
    void invalidBatchesNameTheirFields() {
        long id = sample();
        Map<String, Object> body = new HashMap<>();
        body.put("count", 0);
        body.put("start", -1);
        given().contentType(ContentType.JSON).body(body).post("/api/events/{id}/tables/batch", id)
                .then().statusCode(400)
                .body(message("$.count"), equalTo("must be greater than or equal to 1"))
                .body(message("$.start"), equalTo("must be greater than or equal to 0"));
        given().contentType(ContentType.JSON).body(Map.of("count", 3, "pattern", "Table"))
                .post("/api/events/{id}/tables/batch", id)
                .then().statusCode(400).body(message("$.pattern"), containsString("{n} exactly once"));
        given().contentType(ContentType.JSON).body(Map.of("count", 3, "pattern", "Table {n}"))
                .post("/api/events/{id}/tables/batch", id)
                .then().statusCode(400).body(message("$.pattern"), containsString("\"Table 1\", which is not an id"));
        given().contentType(ContentType.JSON).body("{}").post("/api/events/{id}/tables/batch", id)
                .then().statusCode(400).body(message("$.count"), equalTo("must not be null"));
        given().get("/api/events/{id}/tables", id).then().body("id", hasSize(3));
    }

    @Test
    void aHostIsChosenForATableFromTheParticipants() {
        long id = sample();
        // tw-01 holds T01: giving T01 to eu-02 takes it from tw-01.
        given().contentType(ContentType.JSON).body(Map.of("participant", "eu-02"))
                .put("/api/events/{id}/tables/T01/host", id)
                .then().statusCode(200).body("participant", equalTo("eu-02"));
        given().get("/api/events/{id}/participants/eu-02", id).then().body("table", equalTo("T01"));
        given().get("/api/events/{id}/participants/tw-01", id).then().body("table", nullValue());
        // eu-02 moves to T03 and leaves T01 free.
        given().contentType(ContentType.JSON).body(Map.of("participant", "eu-02"))
                .put("/api/events/{id}/tables/T03/host", id).then().statusCode(200);
        given().get("/api/events/{id}/participants", id).then()
                .body("findAll { it.table == 'T01' }", hasSize(0))
                .body("find { it.id == 'eu-02' }.table", equalTo("T03"));
        Map<String, Object> nobody = new HashMap<>();
        nobody.put("participant", null);
        given().contentType(ContentType.JSON).body(nobody).put("/api/events/{id}/tables/T03/host", id)
                .then().statusCode(200).body("participant", nullValue());
        given().get("/api/events/{id}/participants/eu-02", id).then().body("table", nullValue());

        given().contentType(ContentType.JSON).body(Map.of("participant", "nobody"))
                .put("/api/events/{id}/tables/T02/host", id)
                .then().statusCode(400).body(message("$.participant"), containsString("unknown participant"));
        given().get("/api/events/{id}/participants/tw-02", id).then().body("table", equalTo("T02"));
        given().contentType(ContentType.JSON).body(Map.of("participant", "eu-01"))
                .put("/api/events/{id}/tables/T99/host", id).then().statusCode(404);
    }
}
