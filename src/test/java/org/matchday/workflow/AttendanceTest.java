package org.matchday.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Cancellations and no-shows take meetings out of the timetable and show up as changes since publication. */
@QuarkusTest
class AttendanceTest {

    @Test
    void aParticipantWhoCancelsLeavesTheTimetableAndItsPartnersSeeTheChange() {
        Workflow w = published();
        w.participant("tw-cnfi").post("/api/events/{eventId}/participants/tw-cnfi/cancellation", w.eventId)
                .then().statusCode(200).body("attendance", equalTo("CANCELLED"))
                .body("removed.participants", contains(java.util.List.of("eu-nordic", "tw-cnfi")));
        w.participant("tw-cnfi").post("/api/events/{eventId}/participants/tw-cnfi/cancellation", w.eventId)
                .then().statusCode(409);
        w.participant("eu-nordic").get("/api/events/{eventId}/changes", w.eventId).then()
                .body("meetings", hasSize(1)).body("meetings[0].kind", equalTo("DISAPPEARED"))
                .body("meetings[0].before.table", equalTo("T01"));
        w.participant("eu-castra").get("/api/events/{eventId}/changes", w.eventId).then().body("meetings", hasSize(0));
        w.organiser().get("/api/events/{eventId}/participants/tw-cnfi", w.eventId).then()
                .body("attendance", equalTo("CANCELLED"));
        w.participant("eu-nordic").contentType(ContentType.JSON).body(Map.of("to", "tw-cnfi"))
                .post("/api/events/{eventId}/wishes", w.eventId).then().statusCode(409);
    }

    @Test
    void staffMarkANoShowOnTheDayAndSeeWhoIsAffected() {
        Workflow w = published();
        String staff = AccessFixture.account("desk-" + System.nanoTime(), "STAFF");
        w.organiser().contentType(ContentType.JSON).body(Map.of("username", staff))
                .post("/api/events/{eventId}/members", w.eventId).then().statusCode(201);
        AccessFixture.as(staff).post("/api/events/{eventId}/participants/tw-aero/no-show", w.eventId)
                .then().statusCode(200).body("attendance", equalTo("NO_SHOW"))
                .body("removed[0].participants", contains("eu-castra", "tw-aero"))
                .body("removed[0].before.table", equalTo("T02"));
        AccessFixture.as(staff).post("/api/events/{eventId}/participants/tw-aero/cancellation", w.eventId)
                .then().statusCode(403);
        w.organiser().get("/api/events/{eventId}/changes", w.eventId).then()
                .body("tables.table", contains("T02"));
    }

    @Test
    void aNoShowNeedsATimetable() {
        Workflow w = Workflow.start().inPhase("WISHES_OPEN");
        w.organiser().post("/api/events/{eventId}/participants/tw-aero/no-show", w.eventId).then().statusCode(409)
                .body("detail", containsString("WISHES_OPEN"));
    }

    /** Three accepted wishes, solved and published. */
    private static Workflow published() {
        Workflow w = Workflow.start().inPhase("WISHES_OPEN");
        w.accept("tw-aero", w.wish("eu-castra", "tw-aero", 5));
        w.accept("tw-cnfi", w.wish("eu-nordic", "tw-cnfi", 4));
        w.accept("eu-levante", w.wish("tw-tpca", "eu-levante", 3));
        w.inPhase("WISHES_CLOSED");
        w.solve(2);
        w.organiser().post("/api/events/{eventId}/publication", w.eventId).then().statusCode(201);
        return w;
    }
}
