package org.matchday.web;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.matchday.security.AccessFixture.as;

/**
 * The workflow test event (src/test/resources/events/workflow-event.json) run by a new organiser over the API, as
 * the participants' pages need it: every participant's personal link issued, the phase moved, wishes sent and
 * answered, the timetable solved and published.
 */
final class ParticipantEvent {

    /** The imported document: the timetable is held to its rules. */
    private static final String DOCUMENT = TestEvents.document("workflow-event.json");

    final String organiser;
    final long eventId;
    final Map<String, String> tokens = new HashMap<>();

    private ParticipantEvent(String organiser, long eventId) {
        this.organiser = organiser;
        this.eventId = eventId;
    }

    static ParticipantEvent start() {
        String organiser = AccessFixture.account("participant-pages-" + System.nanoTime(), "ORGANISER");
        long eventId = as(organiser).contentType(ContentType.JSON).body(DOCUMENT)
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        ParticipantEvent event = new ParticipantEvent(organiser, eventId);
        Response links = as(organiser).contentType(ContentType.JSON).body("{}")
                .post("/api/events/{eventId}/links", eventId);
        links.then().statusCode(201);
        List<Map<String, String>> issued = links.jsonPath().getList("$");
        issued.forEach(link -> event.tokens.put(link.get("participant"), link.get("token")));
        return event;
    }

    ParticipantEvent phase(String phase) {
        as(organiser).contentType(ContentType.JSON).body(Map.of("phase", phase))
                .put("/api/events/{eventId}/phase", eventId).then().statusCode(200);
        return this;
    }

    /** The personal link's path, as the organiser mails it. */
    String link(String participant) {
        return "/p/" + tokens.get(participant);
    }

    RequestSpecification participant(String code) {
        return AccessFixture.withToken(tokens.get(code));
    }

    /** Sends a wish over the API and answers its id. */
    String wish(String from, String to, int priority) {
        return participant(from).contentType(ContentType.JSON).body(Map.of("to", to, "priority", priority))
                .post("/api/events/{eventId}/wishes", eventId).then().statusCode(201).extract().jsonPath()
                .getString("id");
    }

    void accept(String receiver, String wishId) {
        participant(receiver).post("/api/events/{eventId}/wishes/{requestId}/accept", eventId, wishId)
                .then().statusCode(200);
    }

    /** Closes wishes, solves for a few seconds, and publishes the timetable. */
    ParticipantEvent solveAndPublish() {
        phase("WISHES_CLOSED");
        as(organiser).post("/api/events/{eventId}/solve?seconds=3", eventId).then().statusCode(202);
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                .until(() -> "NOT_SOLVING".equals(as(organiser).get("/api/events/{eventId}/solve", eventId)
                        .jsonPath().getString("status")));
        // The wishes were sent over the API: the requests as stored stand in for the document's.
        StoredTimetable.assertValidWithStoredRequests(eventId, StoredTimetable.read(DOCUMENT));
        phase("SCHEDULED");
        as(organiser).post("/api/events/{eventId}/publication", eventId).then().statusCode(201);
        return this;
    }

    void revoke(String participant) {
        as(organiser).delete("/api/events/{eventId}/participants/{participantId}/link", eventId, participant)
                .then().statusCode(204);
    }

    /** The participant's stored profile, as its organiser reads it. */
    Map<String, Object> stored(String participant) {
        return as(organiser).get("/api/events/{eventId}/participants/{participantId}", eventId, participant)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
