package org.matchday.event;

import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class EventImportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void importAnswersCreatedWithLocationAndId() {
        String location = given().contentType(ContentType.JSON).body(TestEvents.document("small-event.json"))
                .when().post("/api/events/import")
                .then().statusCode(201)
                .header("Location", containsString("/api/events/"))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().when().get("/api/events/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Taiwan-EU Cluster Matchmaking (test)"))
                .body("timezone", equalTo("Asia/Taipei"))
                .body("sessions", equalTo(2))
                .body("tables", equalTo(3))
                .body("participants", equalTo(4))
                .body("requests", equalTo(5))
                .body("scheduledMeetings", equalTo(1))
                // eu-02/tw-02 listed unscheduled, eu-02/tw-01 added for r5; r4 is declined
                .body("unscheduledMeetings", equalTo(2));
    }

    @Test
    void exportHoldsTheStoredEventWithDefaultsWrittenOut() {
        long id = TestEvents.importFixture("small-event.json");
        given().when().get("/api/events/{id}/export", id)
                .then().statusCode(200)
                .body("format", equalTo("matchday-event/1"))
                .body("minimumMeetings", equalTo(1))
                .body("sessions[0].gapMinutes", equalTo(0))
                .body("sessions[1].breaks[0].start", equalTo("15:10"))
                .body("participants[1].name", equalTo("Antti Peltomäki"))
                .body("participants[2].organisation", equalTo("中華民國全國工業總會"))
                .body("participants[2].table", equalTo("T01"))
                .body("requests[2].priority", equalTo(3))
                .body("requests[2].status", equalTo("ACCEPTED"))
                .body("meetings", hasSize(1))
                .body("meetings[0].participants", equalTo(java.util.List.of("eu-01", "tw-01")))
                .body("meetings[0].requests", equalTo(java.util.List.of("r1", "r2")))
                .body("meetings[0].end", equalTo("2018-06-05T13:50"))
                .body("meetings[0].pinned", equalTo(true))
                .body("unscheduled", hasSize(2))
                .body("unscheduled[0].reason", equalTo("Not solved yet."))
                .body("unscheduled[1].participants", equalTo(java.util.List.of("eu-02", "tw-01")))
                .body("unscheduled[1].requests", equalTo(java.util.List.of("r5")));
    }

    @Test
    void importOfAnExportGivesTheSameDocument() throws Exception {
        long first = TestEvents.importFixture("small-event.json");
        String exported = given().get("/api/events/{id}/export", first).then().statusCode(200).extract().asString();
        long second = TestEvents.importEvent(exported);
        String again = given().get("/api/events/{id}/export", second).then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(exported), JSON.readTree(again));
        StoredTimetable.assertValid(second, TestEvents.document("small-event.json"));
    }

    @Test
    void importedTimetablesKeepTheOrganisersRules() {
        for (String name : java.util.List.of("small-event.json", "solved-event.json", "workflow-event.json")) {
            String document = TestEvents.document(name);
            StoredTimetable.assertValid(TestEvents.importEvent(document), document);
        }
    }

    @Test
    void theFairnessMinimumRoundTripsAndIsChecked() throws Exception {
        ObjectNode seminar = (ObjectNode) JSON.readTree(TestEvents.document("small-event.json"));
        seminar.put("minimumMeetings", 4);
        long id = TestEvents.importEvent(seminar.toString());
        given().get("/api/events/{id}", id).then().body("minimumMeetings", equalTo(4));
        String exported = given().get("/api/events/{id}/export", id).then()
                .body("minimumMeetings", equalTo(4))
                .extract().asString();
        given().get("/api/events/{id}/export", TestEvents.importEvent(exported)).then()
                .body("minimumMeetings", equalTo(4));

        seminar.put("minimumMeetings", 101);
        given().contentType(ContentType.JSON).body(seminar.toString())
                .when().post("/api/events/import")
                .then().statusCode(400)
                .body("errors.find { it.path == '$.minimumMeetings' }.message",
                        equalTo("must be less than or equal to 100"));
    }

    @Test
    void unknownEventIsNotFoundProblem() {
        given().when().get("/api/events/{id}/export", 987654)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", containsString("987654"));
    }

    @Test
    void invalidJsonIsOneProblemWithItsLocation() {
        given().contentType(ContentType.JSON).body("{\"format\": \"matchday-event/1\", \"name\": ")
                .when().post("/api/events/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].message", containsString("not valid JSON"))
                .body("errors[0].message", containsString("line 1"));
    }

    @Test
    void unknownFieldsAndWrongTypesAreAllListedWithPaths() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(TestEvents.document("small-event.json"));
        doc.put("organiser", "CNFI");
        ((ObjectNode) doc.withArray("participants").get(1)).put("phone", "+886 2 1234 5678");
        ((ObjectNode) doc.withArray("requests").get(0)).put("priority", "high");
        ((ObjectNode) doc.withArray("requests").get(1)).put("status", "MAYBE");
        given().contentType(ContentType.JSON).body(doc.toString())
                .when().post("/api/events/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:matchday:problem:invalid-body"))
                .body("errors", hasSize(4))
                .body("errors.path", hasItem("$.organiser"))
                .body("errors.path", hasItem("$.participants[1].phone"))
                .body("errors.find { it.path == '$.requests[0].priority' }.message", containsString("whole number"))
                .body("errors.find { it.path == '$.requests[1].status' }.message",
                        containsString("one of PENDING, ACCEPTED, DECLINED, CANCELLED"));
    }

    @Test
    void payloadOverTheConfiguredLimitIsRefused() {
        // %test.matchday.import.max-bytes=2M
        String padding = "x".repeat(2 * 1024 * 1024);
        String body = "{\"format\": \"matchday-event/1\", \"name\": \"" + padding + "\"}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/events/import")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("matchday.import.max-bytes"));
    }

    @Test
    void rejectedImportStoresNothing() throws Exception {
        int before = given().get("/api/events").then().extract().jsonPath().getList("$").size();
        ObjectNode doc = (ObjectNode) JSON.readTree(TestEvents.document("small-event.json"));
        ((ObjectNode) doc.withArray("requests").get(2)).put("to", "nobody");
        given().contentType(ContentType.JSON).body(doc.toString())
                .when().post("/api/events/import")
                .then().statusCode(400)
                .body("errors[0].path", equalTo("$.requests[2].to"));
        given().get("/api/events").then().body("$", hasSize(before));
    }

    @Test
    void problemListsEndInThePath() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/import")
                .then().statusCode(400)
                .body("instance", endsWith("/api/events/import"))
                .body("errors.path", hasItem("$.format"))
                .body("errors.path", hasItem("$.name"))
                .body("errors.path", hasItem("$.timezone"));
    }
}
