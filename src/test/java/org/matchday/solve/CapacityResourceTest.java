package org.matchday.solve;

import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
public class CapacityResourceTest {

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

    /**
     * Hana can meet in the first slot only; Xavier and Yara wish to meet only her, Wim wishes her (priority 5) and
     * Vera. The placeholder takes the meetings, if any.
     */
    private static final String ONE_HOST = """
            {"format": "matchday-event/1", "name": "One host", "timezone": "Europe/Brussels",
             "sessions": [{"id": "s", "date": "2026-03-10", "start": "09:00", "end": "09:30", "meetingMinutes": 30},
                          {"id": "t", "date": "2026-03-10", "start": "10:00", "end": "10:30", "meetingMinutes": 30}],
             "tables": [{"id": "T1"}, {"id": "T2"}],
             "participants": [
               {"id": "h", "name": "Hana", "group": "Host",
                "availability": [{"session": "s", "from": "09:00", "to": "09:30"}]},
               {"id": "x", "name": "Xavier", "group": "Visitor"}, {"id": "y", "name": "Yara", "group": "Visitor"},
               {"id": "w", "name": "Wim", "group": "Visitor"}, {"id": "v", "name": "Vera", "group": "Visitor"}
             ],
             "requests": [
               {"id": "r1", "from": "x", "to": "h", "priority": 1}, {"id": "r2", "from": "y", "to": "h", "priority": 1},
               {"id": "r3", "from": "w", "to": "h", "priority": 5}, {"id": "r4", "from": "w", "to": "v", "priority": 1}
             ]%s}
            """;

    /** The schedule the fairness rule gives: Hana meets Xavier, Wim meets Vera. */
    public static final String ONE_HOST_SCHEDULED = ONE_HOST.formatted("""
            ,
             "meetings": [
               {"participants": ["h", "x"], "session": "s", "start": "2026-03-10T09:00", "table": "T1"},
               {"participants": ["w", "v"], "session": "t", "start": "2026-03-10T10:00", "table": "T1"}
             ]""");

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
                .body("crowdedSlots[0].expectedMeetings", equalTo(3.0f))
                // Dana's only request cannot take place, so she is owed nothing; Ana, Ben and Cleo one each, which
                // the fractional optimum gives (half of each triangle meeting) at no cost.
                .body("fairness.minimumMeetings", equalTo(1))
                .body("fairness.participantsOwed", equalTo(3))
                .body("fairness.belowMinimum.participant", equalTo(List.of("d")))
                .body("fairness.belowMinimum[0].fairShare", equalTo(0))
                .body("fairness.belowMinimum[0].reason", equalTo("Its only requested meeting cannot take place: the"
                        + " two have no common available slot in the allowed sessions."))
                .body("fairness.overbookedPartners", hasSize(0))
                .body("fairness.shortfallAtLeast", equalTo(0))
                .body("fairness.priorityForFairness", equalTo(0));
    }

    @Test
    void participantsWhoCanMeetOnlyAnOverbookedPartnerAreNamedWithWhatTheRuleCosts() {
        long id = TestEvents.importEvent(ONE_HOST.formatted(""));
        given().get("/api/events/{id}/capacity", id)
                .then().statusCode(200)
                // Without the rule: Hana meets Wim (5), Wim meets Vera (1).
                .body("upperBound", equalTo(6))
                .body("fairness.participantsOwed", equalTo(5))
                .body("fairness.meetingsOwed", equalTo(5))
                .body("fairness.belowMinimum", hasSize(0))
                // Xavier and Yara wish to meet only Hana, who has one slot: one of them goes without whatever the
                // schedule. (Wim, Xavier and Yara can meet only Hana and Vera, 1 short too: the smaller group says it.)
                .body("fairness.overbookedPartners", hasSize(1))
                .body("fairness.overbookedPartners[0].participants", equalTo(List.of("x", "y")))
                .body("fairness.overbookedPartners[0].partners", equalTo(List.of("h")))
                .body("fairness.overbookedPartners[0].shortfall", equalTo(1))
                .body("fairness.overbookedPartners[0].reason", equalTo("x and y can meet only h, who can take 1"
                        + " meeting with them; they are owed 2, so at least 1 owed meeting is missing."))
                .body("fairness.shortfallAtLeast", equalTo(1))
                // With the rule Hana's slot goes to Xavier or Yara (1) instead of Wim (5).
                .body("fairness.upperBoundWithFairness", equalTo(2))
                .body("fairness.priorityForFairness", equalTo(4));
    }

    @Test
    void aReasonSaysWhenTheFairnessMinimumDecided() {
        long id = TestEvents.importEvent(ONE_HOST_SCHEDULED);
        given().get("/api/events/{id}/unscheduled", id)
                .then().statusCode(200)
                .body("[0].participants", equalTo(List.of("h", "w")))
                .body("[0].reason", equalTo("Hana is busy in the only slot the two can share with meetings worth as"
                        + " much or more, or that Xavier needs for the fairness minimum."))
                .body("[1].participants", equalTo(List.of("h", "y")))
                .body("[1].reason", equalTo("Hana has meetings worth as much or more in the only slot the two can"
                        + " share."));
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
