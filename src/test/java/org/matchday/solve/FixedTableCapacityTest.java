package org.matchday.solve;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every table of the Taipei 2018 sample is a host's fixed table, so two participants without a table of their own
 * can never meet: the capacity check says so, names the tables, and lowers the ceiling; one table no host keeps is
 * enough to make the meeting possible again.
 */
@QuarkusTest
class FixedTableCapacityTest {

    private static final String SAMPLE = "sample:taipei-2018-cluster-matchmaking.json";

    @Test
    void twoTablelessParticipantsCannotMeetWhenEveryTableIsAHostsFixedTable() {
        long id = eventWithTablelessPair();
        int requested = given().get("/api/events/{id}/capacity", id)
                .then().statusCode(200)
                .body("meetings", equalTo(91))
                .body("impossibleMeetings", hasSize(1))
                .body("impossibleMeetings[0].participants", equalTo(List.of("eu-lena", "tw-yijun")))
                .body("impossibleMeetings[0].priority", equalTo(5))
                .body("impossibleMeetings[0].reasonCode", equalTo("NO_FREE_TABLE"))
                .body("impossibleMeetings[0].details", hasSize(17))
                .body("impossibleMeetings[0].reason", containsString("Neither Lena Hoffmann"))
                .body("impossibleMeetings[0].reason", containsString("all 17 tables ("))
                .body("impossibleMeetings[0].reason", containsString("are hosts' fixed tables"))
                .body("upperBoundPercent", lessThan(100.0f))
                .extract().path("requestedPriority");
        // The 90 sample meetings still fit; only the impossible one is out of reach.
        given().get("/api/events/{id}/capacity", id).then()
                .body("upperBound", equalTo(requested - 5));

        // The page says it in each language, naming the tables.
        given().queryParam("lang", "en").get("/events/{id}/capacity", id).then().statusCode(200)
                .body(containsString("Lena Hoffmann and 陳怡君"))
                .body(containsString("every table ("))
                .body(containsString("is a host&#39;s fixed table"))
                .body(not(containsString("Every requested meeting has at least one slot")));
        given().queryParam("lang", "zh-TW").get("/events/{id}/capacity", id).then().statusCode(200)
                .body(containsString("都是主持方的固定桌"));
    }

    @Test
    void theUnscheduledListSaysWhyInBothLanguages() {
        long id = eventWithTablelessPair();
        given().get("/api/events/{id}/unscheduled", id).then().statusCode(200)
                .body("find { it.participants == ['eu-lena', 'tw-yijun'] }.reasonCode", equalTo("NO_FREE_TABLE"))
                .body("find { it.participants == ['eu-lena', 'tw-yijun'] }.details", hasSize(17))
                .body("find { it.participants == ['eu-lena', 'tw-yijun'] }.reason",
                        containsString("are hosts' fixed tables"));

        // The timetable's list of meetings without a slot, and the capacity page's, in each language.
        for (String page : List.of("/events/{id}/schedule/unscheduled", "/events/{id}/capacity")) {
            given().queryParam("lang", "en").get(page, id).then().statusCode(200)
                    .body(containsString("Neither has a table of their own, and every table (T01, "))
                    .body(containsString("is a host&#39;s fixed table"));
            given().queryParam("lang", "zh-TW").get(page, id).then().statusCode(200)
                    .body(containsString("雙方都沒有自己的桌位，而所有桌位（T01, "))
                    .body(containsString("都是主持方的固定桌"))
                    .body(not(containsString("are hosts&#39; fixed tables")));
        }
    }

    @Test
    void aTableNoHostKeepsMakesThePairPossible() {
        long id = eventWithTablelessPair();
        given().contentType(ContentType.JSON).body(Map.of("id", "T99"))
                .post("/api/events/{id}/tables", id).then().statusCode(201);
        int requested = given().get("/api/events/{id}/capacity", id)
                .then().statusCode(200)
                .body("meetings", equalTo(91))
                .body("impossibleMeetings", hasSize(0))
                .extract().path("requestedPriority");
        given().get("/api/events/{id}/capacity", id).then()
                .body("upperBound", equalTo(requested))
                .body("upperBoundPercent", equalTo(100.0f));
    }

    @Test
    void theGridMarksEveryHostsFixedTableAsReservedInBothLanguages() {
        long id = eventWithTablelessPair();
        given().contentType(ContentType.JSON).body(Map.of("id", "T99"))
                .post("/api/events/{id}/tables", id).then().statusCode(201);
        String english = given().queryParam("lang", "en").get("/events/{id}/schedule", id)
                .then().statusCode(200).extract().asString();
        // The 17 hosts' tables are marked, the added free table is not.
        assertEquals(17, english.split("class=\"reserved\"", -1).length - 1);
        assertThat(english, containsString(", reserved for "));
        assertThat(english, containsString("Reserved: a host&#39;s fixed table"));
        assertThat(english, containsString("data-table=\"T99\">"));
        given().queryParam("lang", "zh-TW").get("/events/{id}/schedule", id).then().statusCode(200)
                .body(containsString("，保留給 "))
                .body(containsString("保留桌：主持方的固定桌"));
    }

    @Test
    void theAgendaSaysWhyTheWishGotNoMeetingAndWhatTheOrganiserCanDo() {
        long id = eventWithTablelessPair();
        given().post("/api/events/{id}/publication", id).then().statusCode(201);
        String token = given().post("/api/events/{id}/participants/{p}/link", id, "eu-lena")
                .then().statusCode(201).extract().jsonPath().getString("token");
        AccessFixture.withToken(token).queryParam("lang", "en").get("/participant/agenda").then().statusCode(200)
                .body(containsString("1 wish cannot become a meeting"))
                .body(containsString("With 陳怡君: neither of you has a table of your own"))
                .body(containsString("The organiser can add a table no host keeps"));
        AccessFixture.withToken(token).queryParam("lang", "zh-TW").get("/participant/agenda").then().statusCode(200)
                .body(containsString("與 陳怡君：雙方都沒有自己的桌位"));
    }

    /** The sample, with Lena Hoffmann and 陳怡君 added without tables and a mutual accepted priority-5 wish. */
    private static long eventWithTablelessPair() {
        long id = TestEvents.importFixture(SAMPLE);
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "eu-lena", "name", "Lena Hoffmann", "organisation", "Cluster Nord",
                        "group", "EU cluster", "country", "DE"))
                .post("/api/events/{id}/participants", id).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "tw-yijun", "name", "陳怡君", "group", "Taiwan", "country", "TW"))
                .post("/api/events/{id}/participants", id).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "r-lena", "from", "eu-lena", "to", "tw-yijun", "priority", 5,
                        "status", "ACCEPTED"))
                .post("/api/events/{id}/requests", id).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "r-yijun", "from", "tw-yijun", "to", "eu-lena", "priority", 5,
                        "status", "ACCEPTED"))
                .post("/api/events/{id}/requests", id).then().statusCode(201);
        return id;
    }
}
