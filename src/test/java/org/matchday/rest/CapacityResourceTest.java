package org.matchday.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CapacityResourceTest {

    /** Three participants who all want to meet each other, with one slot and one table between them. */
    private static final String TRIANGLE = """
            {"format": "matchday-event/1", "name": "Triangle", "timezone": "Europe/Brussels",
             "sessions": [{"id": "s", "date": "2026-03-10", "start": "09:00", "end": "09:30", "meetingMinutes": 30},
                          {"id": "t", "date": "2026-03-10", "start": "10:00", "end": "10:30", "meetingMinutes": 30}],
             "tables": [{"id": "T1"}],
             "participants": [
               {"id": "a", "name": "Ana", "availability": [{"session": "s", "from": "09:00", "to": "09:30"}]},
               {"id": "b", "name": "Ben", "availability": [{"session": "s", "from": "09:00", "to": "09:30"}]},
               {"id": "c", "name": "Cleo", "availability": [{"session": "s", "from": "09:00", "to": "09:30"}]},
               {"id": "d", "name": "Dana", "availability": [{"session": "t", "from": "10:00", "to": "10:30"}]}
             ],
             "requests": [
               {"id": "ab", "from": "a", "to": "b"}, {"id": "bc", "from": "b", "to": "c"},
               {"id": "ca", "from": "c", "to": "a"}, {"id": "ad", "from": "a", "to": "d", "priority": 5}
             ]}
            """;

    @Test
    void theBoundIsTheFractionalOptimumRoundedDown() {
        long id = TestEvents.importEvent(TRIANGLE);
        given().get("/api/events/{id}/capacity", id)
                .then().statusCode(200)
                .body("meetings", equalTo(4))
                .body("requestedPriority", equalTo(14))
                // Each of a, b, c has one slot: half of each triangle meeting gives 4.5, while a-d can never meet.
                .body("upperBound", equalTo(4))
                .body("upperBoundPercent", equalTo(28.6f))
                .body("slots", equalTo(2))
                .body("impossibleMeetings", hasSize(1))
                .body("impossibleMeetings[0].participants", equalTo(List.of("a", "d")))
                .body("impossibleMeetings[0].reason",
                        equalTo("Ana and Dana have no common available slot in the allowed sessions (s, t)."))
                .body("overbookedParticipants.participant", equalTo(List.of("a", "b", "c")))
                .body("overbookedParticipants[0].wishedMeetings", equalTo(3))
                .body("overbookedParticipants[0].capacity", equalTo(1))
                // Three meetings can only use the 09:00 slot, and there is one table.
                .body("crowdedSlots", hasSize(1))
                .body("crowdedSlots[0].start", equalTo("2026-03-10T09:00"))
                .body("crowdedSlots[0].expectedMeetings", equalTo(3.0f));
    }

    @Test
    void everyMeetingOfTheTaipeiSampleCanFit() {
        long id = TestEvents.importFixture("sample:taipei-2018-cluster-matchmaking.json");
        int requested = given().get("/api/events/{id}/capacity", id)
                .then().statusCode(200)
                .body("meetings", equalTo(90))
                .body("impossibleMeetings", hasSize(0))
                .body("overbookedParticipants", hasSize(0))
                .extract().path("requestedPriority");
        given().get("/api/events/{id}/capacity", id).then()
                .body("upperBound", equalTo(requested))
                .body("upperBoundPercent", equalTo(100.0f));
    }

    @Test
    void unscheduledMeetingsAreExplainedFromTheSchedule() {
        String doc = """
                {"format": "matchday-event/1", "name": "Busy", "timezone": "Asia/Taipei",
                 "sessions": [{"id": "s", "date": "2026-03-10", "start": "09:00", "end": "09:40",
                               "meetingMinutes": 20}],
                 "tables": [{"id": "T1"}, {"id": "T2"}],
                 "participants": [
                   {"id": "acme", "name": "Li Wei", "organisation": "台灣電路板協會"},
                   {"id": "b", "name": "Ben"}, {"id": "c", "name": "Cleo"},
                   {"id": "d", "name": "Dana", "maxMeetings": 1}, {"id": "e", "name": "Eve"},
                   {"id": "f", "name": "Finn", "availability": []}
                 ],
                 "requests": [
                   {"id": "r1", "from": "b", "to": "acme", "priority": 5},
                   {"id": "r2", "from": "c", "to": "acme", "priority": 4},
                   {"id": "r3", "from": "acme", "to": "c", "priority": 2},
                   {"id": "r4", "from": "d", "to": "e", "priority": 3},
                   {"id": "r5", "from": "d", "to": "c", "priority": 1},
                   {"id": "r6", "from": "f", "to": "b"},
                   {"id": "r7", "from": "e", "to": "acme", "priority": 4}
                 ],
                 "meetings": [
                   {"participants": ["acme", "b"], "session": "s", "start": "2026-03-10T09:00", "table": "T1"},
                   {"participants": ["acme", "e"], "session": "s", "start": "2026-03-10T09:20", "table": "T1"},
                   {"participants": ["d", "e"], "session": "s", "start": "2026-03-10T09:00", "table": "T2"}
                 ]}
                """;
        long id = TestEvents.importEvent(doc);
        given().get("/api/events/{id}/unscheduled", id)
                .then().statusCode(200)
                .body("$", hasSize(3))
                .body("[0].participants", equalTo(List.of("acme", "c")))
                .body("[0].priority", equalTo(4))
                .body("[0].mutual", equalTo(true))
                .body("[0].reason", equalTo("Li Wei (台灣電路板協會) has meetings worth as much or more in all 2"
                        + " slots the two can share."))
                .body("find { it.participants == ['b', 'f'] }.reason",
                        equalTo("Ben and Finn have no common available slot in the allowed sessions (s)."))
                .body("find { it.participants == ['c', 'd'] }.reason",
                        equalTo("Dana has reached its maximum of 1 meetings."));
    }
}
