package org.matchday.publication;

import org.matchday.rest.TestEvents;
import org.matchday.solve.CapacityResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Statistics of the solved fixture. Its 16 requests make 12 pairs to meet (13 accepted requests, r01 and r02
 * on one pair); 10 are scheduled, eu-01 with tw-02 has a reason and eu-03 with tw-04 was never placed.
 */
@QuarkusTest
class StatisticsExportResourceTest {

    @Test
    void countsRequestsMeetingsAndPrioritySums() {
        long id = TestEvents.importFixture("solved-event.json");
        given().get("/api/events/{id}/statistics", id).then().statusCode(200)
                .body("draft", equalTo(true))
                .body("publication", nullValue())
                .body("requests.total", equalTo(16))
                .body("requests.accepted", equalTo(13))
                .body("requests.pending", equalTo(1))
                .body("requests.declined", equalTo(1))
                .body("requests.cancelled", equalTo(1))
                .body("meetings.requested", equalTo(12))
                .body("meetings.scheduled", equalTo(10))
                .body("meetings.unscheduled", equalTo(2))
                .body("meetings.scheduledPercent", equalTo(83.3f))
                // Scheduled pairs: 5 (r01, r02) + 3 + 3 (default) + 2 + 5 + 4 + 1 + 3 + 2 + 4 = 32;
                // unscheduled: 5 (r12) + 3 (r13) = 8.
                .body("priorities.scheduled", equalTo(32))
                .body("priorities.unscheduled", equalTo(8))
                .body("priorities.requested", equalTo(40))
                .body("priorities.scheduledPercent", equalTo(80.0f))
                // Every pair has common slots and nobody wishes more meetings than it has slots, but tw-04 and eu-03
                // (r13, 3) have no table of their own and all three tables are hosts' fixed tables: they can never
                // meet, so the bound is 40 - 3 = 37, and the schedule reaches 32 of it.
                .body("priorities.capacityBound", equalTo(37))
                .body("priorities.capacityBoundPercent", equalTo(86.5f));
    }

    @Test
    void describesMeetingsPerParticipantBreaksAndTableUse() {
        long id = TestEvents.importFixture("solved-event.json");
        given().get("/api/events/{id}/statistics", id).then().statusCode(200)
                // Meetings: eu-01 2, eu-02 3, eu-03 2, eu-04 3, tw-01 4, tw-02 3, tw-03 3, tw-04 0.
                .body("meetingsPerParticipant.participants", equalTo(8))
                .body("meetingsPerParticipant.min", equalTo(0))
                .body("meetingsPerParticipant.median", equalTo(3.0f))
                .body("meetingsPerParticipant.max", equalTo(4))
                .body("meetingsPerParticipant.distribution.0", equalTo(1))
                .body("meetingsPerParticipant.distribution.2", equalTo(2))
                .body("meetingsPerParticipant.distribution.3", equalTo(4))
                .body("meetingsPerParticipant.distribution.4", equalTo(1))
                .body("meetingsPerParticipant.withoutMeetings", equalTo(1))
                .body("meetingsPerParticipant.withoutMeetingsIds", contains("tw-04"))
                // tw-01 waits twice on 5 June (10:25-11:40 and 13:55-14:20); eu-02, eu-03, eu-04, tw-02 and
                // tw-03 once each; eu-01's two meetings follow each other. The 11:00 pause is no slot.
                .body("breaks.total", equalTo(7))
                .body("breaks.idleSlots", equalTo(19))
                .body("breaks.participantsWithBreaks", equalTo(6))
                .body("breaks.perParticipantDay.0", equalTo(6))
                .body("breaks.perParticipantDay.1", equalTo(5))
                .body("breaks.perParticipantDay.2", equalTo(1))
                // 14 slots x 3 tables = 42 seats, 10 used.
                .body("tableUse.tables", equalTo(3))
                .body("tableUse.slots", equalTo(14))
                .body("tableUse.seats", equalTo(42))
                .body("tableUse.used", equalTo(10))
                .body("tableUse.usedPercent", equalTo(23.8f))
                .body("tableUse.perSlot", hasSize(14))
                .body("tableUse.perSlot[0].start", equalTo("10:00"))
                .body("tableUse.perSlot[0].tablesUsed", equalTo(2))
                .body("tableUse.perSlot[0].percent", equalTo(66.7f))
                .body("tableUse.perSlot[2].start", equalTo("11:15"))
                .body("tableUse.perSlot[2].tablesUsed", equalTo(0));
    }

    @Test
    void listsUnscheduledMeetingsWithTheirReasons() {
        long id = TestEvents.importFixture("solved-event.json");
        given().get("/api/events/{id}/statistics", id).then().statusCode(200)
                .body("unscheduled", hasSize(2))
                .body("unscheduled[0].participantA", equalTo("eu-01"))
                .body("unscheduled[0].participantB", equalTo("tw-02"))
                .body("unscheduled[0].nameB", equalTo("陳枝昌"))
                .body("unscheduled[0].priority", equalTo(5))
                .body("unscheduled[0].reason",
                        equalTo("No common free slot: Marie Dubois is only available on 5 June from 13:30 to 15:30."))
                .body("unscheduled[1].participantA", equalTo("eu-03"))
                .body("unscheduled[1].participantB", equalTo("tw-04"))
                .body("unscheduled[1].priority", equalTo(3))
                .body("unscheduled[1].reason", nullValue());
    }

    @Test
    void describesThePublicationInForceOncePublished() {
        long id = TestEvents.importFixture("solved-event.json");
        AgendaExportResourceTest.publish(id);
        given().get("/api/events/{id}/statistics", id).then().statusCode(200)
                .body("draft", equalTo(false))
                .body("publication", equalTo(1))
                .body("meetings.scheduled", equalTo(10));
    }

    @Test
    void saysWhoIsBelowTheMinimumWhatFairnessCostAndHowEachGroupWasServed() {
        long id = TestEvents.importEvent(CapacityResourceTest.ONE_HOST_SCHEDULED);
        given().get("/api/events/{id}/statistics", id).then().statusCode(200)
                // Everyone is owed one meeting; Yara, who can meet only Hana, has none.
                .body("fairness.minimumMeetings", equalTo(1))
                .body("fairness.participantsOwed", equalTo(5))
                .body("fairness.belowMinimum", equalTo(1))
                .body("fairness.belowFairShare", equalTo(1))
                .body("fairness.withoutMeetings", equalTo(1))
                .body("fairness.belowMinimumIds", contains("y"))
                // Hana meets Xavier (1) because it is his only meeting; without the rule she would meet Wim (5).
                .body("fairness.priorityGivenUp", equalTo(4))
                .body("meetingsPerParticipant.byGroup.group", contains("Host", "Visitor"))
                // Hana: 1 of her 3 requested meetings.
                .body("meetingsPerParticipant.byGroup[0].requested", equalTo(3))
                .body("meetingsPerParticipant.byGroup[0].scheduled", equalTo(1))
                .body("meetingsPerParticipant.byGroup[0].scheduledPercent", equalTo(33.3f))
                // Visitors: Xavier 1, Yara 0, Wim 1 (of 2), Vera 1: 3 of 5.
                .body("meetingsPerParticipant.byGroup[1].participants", equalTo(4))
                .body("meetingsPerParticipant.byGroup[1].requested", equalTo(5))
                .body("meetingsPerParticipant.byGroup[1].scheduled", equalTo(3))
                .body("meetingsPerParticipant.byGroup[1].min", equalTo(0))
                .body("meetingsPerParticipant.byGroup[1].median", equalTo(1.0f))
                .body("meetingsPerParticipant.byGroup[1].mean", equalTo(0.75f))
                .body("meetingsPerParticipant.byGroup[1].withoutMeetings", equalTo(1))
                .body("meetingsPerParticipant.byGroup[1].belowMinimum", equalTo(1));
    }

    @Test
    void unknownEventIsANotFoundProblem() {
        given().get("/api/events/424242/statistics")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no event 424242."));
    }
}
