package org.matchday.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.matchday.security.AccessFixture.as;
import static org.matchday.security.AccessFixture.withToken;

/**
 * Undoing moves, take-outs, pins, no-shows and cancellations on small-event.json, where eu-01 meets tw-01 (pinned) at 13:30 at T01,
 * tw-01 holds T01, and eu-02's meetings with tw-02 and tw-01 have no slot yet.
 */
@QuarkusTest
class UndoResourceTest {

    private static final String SMALL = TestEvents.document("small-event.json");
    /** eu-01 and tw-01's meeting at 13:30 at T01, as the document pins it. */
    private static final String THE_PINNED_PLACE = "2018-06-05T13:30";

    private static RequestSpecification org(AccessFixture f) {
        return as(f.organiser);
    }

    private static ValidatableResponse meeting(AccessFixture f, String a, String b) {
        return org(f).get("/api/events/{id}/meetings", f.eventId).then().statusCode(200)
                .rootPath("find { it.participants == ['" + a + "', '" + b + "'] }");
    }

    private static ValidatableResponse undo(RequestSpecification who, long eventId, Long action) {
        return who.contentType(ContentType.JSON).body(action == null ? Map.of() : Map.of("action", action))
                .post("/api/events/{id}/undo", eventId).then();
    }

    private static long latest(RequestSpecification who, long eventId) {
        return who.get("/api/events/{id}/undo", eventId).then().statusCode(200).extract().jsonPath()
                .getLong("latest");
    }

    private static void move(AccessFixture f, String a, String b, String start, String table) {
        org(f).contentType(ContentType.JSON).body(Map.of("start", start, "table", table))
                .put("/api/events/{id}/meetings/{a}/{b}", f.eventId, a, b).then().statusCode(200);
    }

    @Test
    void aMoveUndoneGoesBackToItsSlotAndTable() {
        AccessFixture f = AccessFixture.create();
        move(f, "eu-01", "tw-01", "2018-06-05T13:55", "T01");
        org(f).get("/api/events/{id}/undo", f.eventId).then().statusCode(200)
                .body("actions", hasSize(1))
                .body("actions[0].kind", equalTo("MOVE"))
                .body("actions[0].by", equalTo(f.organiser))
                .body("actions[0].participants", equalTo(List.of("eu-01", "tw-01")))
                .body("actions[0].names", equalTo(List.of("Marie Dubois", "林明哲")))
                .body("actions[0].before.start", equalTo(THE_PINNED_PLACE))
                .body("actions[0].after.start", equalTo("2018-06-05T13:55"))
                .body("actions[0].description", containsString("Moved the meeting of Marie Dubois and 林明哲 from"
                        + " 2018-06-05T13:30 at T01 to 2018-06-05T13:55 at T01"))
                .body("actions[0].pinned", equalTo(true))
                .body("actions[0].blocked", nullValue())
                .body("actions[0].blockedCode", nullValue());
        long action = latest(org(f), f.eventId);

        undo(org(f), f.eventId, action).statusCode(200)
                .body("undone.id", equalTo((int) action))
                .body("undone.undoneBy", equalTo(f.organiser))
                .body("meetings[0].start", equalTo(THE_PINNED_PLACE))
                .body("meetings[0].table", equalTo("T01"))
                .body("meetings[0].pinned", equalTo(true));
        meeting(f, "eu-01", "tw-01").body("start", equalTo(THE_PINNED_PLACE)).body("table", equalTo("T01"))
                .body("pinned", equalTo(true));
        // Undone once: a second organiser undoing the same action is told so, and nothing is left to undo.
        undo(org(f), f.eventId, action).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("undone already by " + f.organiser));
        org(f).get("/api/events/{id}/undo", f.eventId).then().body("actions", hasSize(0)).body("latest", nullValue());
        undo(org(f), f.eventId, null).statusCode(409).body("detail", containsString("nothing to undo"));
        StoredTimetable.assertValid(f.eventId, SMALL);
    }

    @Test
    void aMoveFromTheUnscheduledListUndoneLeavesItWithoutASlotAgain() {
        AccessFixture f = AccessFixture.create();
        move(f, "eu-02", "tw-02", "2018-06-05T13:30", "T02");
        undo(org(f), f.eventId, null).statusCode(200).body("meetings[0].start", nullValue())
                .body("meetings[0].pinned", equalTo(false));
        meeting(f, "eu-02", "tw-02").body("start", nullValue()).body("table", nullValue());
    }

    @Test
    void aTakeOutUndonePutsTheMeetingBackPinned() {
        AccessFixture f = AccessFixture.create();
        org(f).delete("/api/events/{id}/meetings/eu-01/tw-01/slot", f.eventId).then().statusCode(200);
        org(f).get("/api/events/{id}/undo", f.eventId).then()
                .body("actions[0].kind", equalTo("TAKE_OUT"))
                .body("actions[0].before.table", equalTo("T01"))
                .body("actions[0].after", nullValue());
        undo(org(f), f.eventId, null).statusCode(200);
        meeting(f, "eu-01", "tw-01").body("start", equalTo(THE_PINNED_PLACE)).body("table", equalTo("T01"))
                .body("pinned", equalTo(true)).body("reason", nullValue());
        StoredTimetable.assertValid(f.eventId, SMALL);
    }

    @Test
    void pinsAndUnpinsAreUndoneNewestFirst() {
        AccessFixture f = AccessFixture.create();
        org(f).delete("/api/events/{id}/meetings/eu-01/tw-01/pin", f.eventId).then().statusCode(200);
        org(f).put("/api/events/{id}/meetings/eu-01/tw-01/pin", f.eventId).then().statusCode(200);
        // Pinning what is pinned changes nothing, and is no action to undo.
        org(f).put("/api/events/{id}/meetings/eu-01/tw-01/pin", f.eventId).then().statusCode(200);
        org(f).get("/api/events/{id}/undo", f.eventId).then()
                .body("actions.kind", equalTo(List.of("PIN", "UNPIN")));
        undo(org(f), f.eventId, null).statusCode(200).body("undone.kind", equalTo("PIN"))
                .body("meetings[0].pinned", equalTo(false));
        undo(org(f), f.eventId, null).statusCode(200).body("undone.kind", equalTo("UNPIN"))
                .body("meetings[0].pinned", equalTo(true));
        meeting(f, "eu-01", "tw-01").body("pinned", equalTo(true)).body("start", equalTo(THE_PINNED_PLACE));
    }

    @Test
    void aNoShowUndoneBringsBackTheParticipantItsWishesAndItsMeetings() {
        AccessFixture f = AccessFixture.create();
        phase(f, "SCHEDULED");
        String r1Before = org(f).get("/api/events/{id}/requests/r1", f.eventId).then().extract().path("status");
        as(f.staff).post("/api/events/{id}/participants/eu-01/no-show", f.eventId).then().statusCode(200)
                .body("removed", hasSize(1));
        org(f).get("/api/events/{id}/requests/r1", f.eventId).then().body("status", equalTo("CANCELLED"));
        as(f.staff).get("/api/events/{id}/undo", f.eventId).then()
                .body("actions[0].kind", equalTo("NO_SHOW"))
                .body("actions[0].by", equalTo(f.staff))
                .body("actions[0].meetings", equalTo(1))
                .body("actions[0].description", equalTo("Marked Marie Dubois as a no-show, taking 1 meeting(s)"
                        + " out of the timetable."));

        as(f.staff).contentType(ContentType.JSON).body("{}").post("/api/events/{id}/undo", f.eventId).then()
                .statusCode(200)
                .body("undone.kind", equalTo("NO_SHOW"))
                .body("meetings.participants", hasItem(List.of("eu-01", "tw-01")));
        meeting(f, "eu-01", "tw-01").body("start", equalTo(THE_PINNED_PLACE)).body("table", equalTo("T01"))
                .body("pinned", equalTo(true));
        org(f).get("/api/events/{id}/requests/r1", f.eventId).then().body("status", equalTo(r1Before));
        // Present again: it can be marked absent again, which a participant still marked is refused.
        as(f.staff).post("/api/events/{id}/participants/eu-01/no-show", f.eventId).then().statusCode(200);
    }

    /** A participant that cancelled by mistake is brought back by the organiser, its wishes and meetings with it. */
    @Test
    void aCancellationUndoneBringsBackTheParticipantItsWishesAndItsMeetings() {
        AccessFixture f = AccessFixture.create();
        phase(f, "SCHEDULED");
        String r1Before = org(f).get("/api/events/{id}/requests/r1", f.eventId).then().extract().path("status");
        withToken(f.tokenA).post("/api/events/{id}/participants/eu-01/cancellation", f.eventId).then()
                .statusCode(200).body("removed", hasSize(1));
        org(f).get("/api/events/{id}/requests/r1", f.eventId).then().body("status", equalTo("CANCELLED"));
        org(f).get("/api/events/{id}/undo", f.eventId).then()
                .body("actions[0].kind", equalTo("CANCELLATION"))
                .body("actions[0].meetings", equalTo(1))
                .body("actions[0].description", equalTo("Cancelled the attendance of Marie Dubois, taking 1"
                        + " meeting(s) out of the timetable."));
        // Staff undo only the no-shows they marked themselves.
        undo(as(f.staff), f.eventId, latest(org(f), f.eventId)).statusCode(403);

        org(f).contentType(ContentType.JSON).body("{}").post("/api/events/{id}/undo", f.eventId).then()
                .statusCode(200)
                .body("undone.kind", equalTo("CANCELLATION"))
                .body("meetings.participants", hasItem(List.of("eu-01", "tw-01")));
        meeting(f, "eu-01", "tw-01").body("start", equalTo(THE_PINNED_PLACE)).body("table", equalTo("T01"));
        org(f).get("/api/events/{id}/requests/r1", f.eventId).then().body("status", equalTo(r1Before));
        // Attending again: it may cancel again, which a participant still cancelled is refused.
        withToken(f.tokenA).post("/api/events/{id}/participants/eu-01/cancellation", f.eventId).then()
                .statusCode(200);
    }

    @Test
    void aNoShowUndoneAfterItsSlotWasTakenBringsTheMeetingBackWithoutASlot() {
        AccessFixture f = AccessFixture.create();
        phase(f, "SCHEDULED");
        org(f).post("/api/events/{id}/participants/eu-01/no-show", f.eventId).then().statusCode(200);
        // tw-01's table at 13:30 is taken by its meeting with eu-02 while eu-01 is away.
        move(f, "eu-02", "tw-01", THE_PINNED_PLACE, "T01");
        long noShow = org(f).get("/api/events/{id}/undo", f.eventId).then().extract().jsonPath()
                .getLong("actions.find { it.kind == 'NO_SHOW' }.id");
        undo(org(f), f.eventId, noShow).statusCode(200)
                .body("meetings[0].participants", equalTo(List.of("eu-01", "tw-01")))
                .body("meetings[0].start", nullValue())
                .body("meetings[0].reason", containsString("taken while eu-01 was marked as a no-show"));
        meeting(f, "eu-02", "tw-01").body("start", equalTo(THE_PINNED_PLACE));
    }

    @Test
    void anUndoThatNoLongerAppliesIsRefusedWithWhy() {
        AccessFixture f = AccessFixture.create();
        // The old place is taken since: each hard rule it would break is named, and nothing changes.
        org(f).delete("/api/events/{id}/meetings/eu-01/tw-01/slot", f.eventId).then().statusCode(200);
        long takeOut = latest(org(f), f.eventId);
        move(f, "eu-02", "tw-01", THE_PINNED_PLACE, "T01");
        undo(org(f), f.eventId, takeOut).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("breaks"))
                .body("errors.path", hasItem("Participant double-booked"));
        meeting(f, "eu-01", "tw-01").body("start", nullValue());

        // The meeting changed since: undoing the older action alone would throw the later one away.
        move(f, "eu-02", "tw-02", "2018-06-05T13:55", "T02");
        long first = latest(org(f), f.eventId);
        move(f, "eu-02", "tw-02", "2018-06-05T14:20", "T02");
        undo(org(f), f.eventId, first).statusCode(409).body("errors[0].path", equalTo("action"))
                .body("detail", containsString("changed since"));
        org(f).get("/api/events/{id}/undo", f.eventId).then()
                .body("actions.find { it.id == " + first + " }.blocked", containsString("changed since"))
                .body("actions.find { it.id == " + first + " }.blockedCode", equalTo("CHANGED_SINCE"));

        // Published in between: participants were told, so the action stands.
        org(f).post("/api/events/{id}/publication", f.eventId).then().statusCode(201);
        undo(org(f), f.eventId, null).statusCode(409).body("detail", containsString("publication 1 was made since"));
        meeting(f, "eu-02", "tw-02").body("start", equalTo("2018-06-05T14:20"));
    }

    @Test
    void anUndoAfterASolveIsRefused() {
        AccessFixture f = AccessFixture.create();
        org(f).delete("/api/events/{id}/meetings/eu-01/tw-01/pin", f.eventId).then().statusCode(200);
        org(f).post("/api/events/{id}/solve?seconds=1", f.eventId).then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "NOT_SOLVING".equals(org(f).get("/api/events/{id}/solve", f.eventId).jsonPath()
                        .getString("status")));
        undo(org(f), f.eventId, null).statusCode(409).body("detail", containsString("solved again since"));
    }

    @Test
    void staffUndoOnlyTheNoShowsTheyMarked() {
        AccessFixture f = AccessFixture.create();
        phase(f, "SCHEDULED");
        org(f).delete("/api/events/{id}/meetings/eu-01/tw-01/pin", f.eventId).then().statusCode(200);
        long unpin = latest(org(f), f.eventId);
        // The organiser's action is not the staff member's to see or undo.
        as(f.staff).get("/api/events/{id}/undo", f.eventId).then().statusCode(200).body("actions", hasSize(0));
        undo(as(f.staff), f.eventId, null).statusCode(409);
        undo(as(f.staff), f.eventId, unpin).statusCode(403).contentType("application/problem+json");
        meeting(f, "eu-01", "tw-01").body("pinned", equalTo(false));
        // Nor are a participant's or another organiser's callers let in.
        undo(AccessFixture.withToken(f.tokenA), f.eventId, unpin).statusCode(403);
        undo(as(f.otherOrganiser), f.eventId, unpin).statusCode(404);
        // An organiser may undo what staff did.
        as(f.staff).post("/api/events/{id}/participants/eu-02/no-show", f.eventId).then().statusCode(200);
        undo(org(f), f.eventId, null).statusCode(200).body("undone.kind", equalTo("NO_SHOW"))
                .body("undone.by", equalTo(f.staff));
        undo(org(f), f.eventId, 987654321L).statusCode(404);
    }

    private static void phase(AccessFixture f, String phase) {
        org(f).contentType(ContentType.JSON).body(Map.of("phase", phase)).put("/api/events/{id}/phase", f.eventId)
                .then().statusCode(200);
    }
}
