package org.matchday.workflow;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
 * An organiser running the workflow test event (src/test/resources/events/workflow-event.json) over HTTP, and
 * its participants' personal links.
 */
final class Workflow {

    final String organiser;
    final long eventId;
    /** This run's mail domain: each participant's address ends in it, so tests never read each other's mail. */
    final String domain;
    final Map<String, String> tokens = new HashMap<>();
    /** The document the organiser imported: every timetable of the event is held to its rules. */
    private final String document;

    private Workflow(String organiser, long eventId, String domain, String document) {
        this.organiser = organiser;
        this.eventId = eventId;
        this.domain = domain;
        this.document = document;
    }

    /** A new organiser imports the event (phase DRAFT) and issues every participant's link. */
    static Workflow start() {
        long run = System.nanoTime();
        String organiser = AccessFixture.account("workflow-" + run, "ORGANISER");
        String domain = "run" + run + ".example";
        String document = TestEvents.document("workflow-event.json").replace(".example\"", "." + domain + "\"");
        long eventId = as(organiser).contentType(ContentType.JSON).body(document)
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        Workflow workflow = new Workflow(organiser, eventId, domain, document);
        Response links = as(organiser).contentType(ContentType.JSON).body("{}")
                .post("/api/events/{eventId}/links", eventId);
        links.then().statusCode(201);
        List<Map<String, String>> issued = links.jsonPath().getList("$");
        issued.forEach(link -> workflow.tokens.put(link.get("participant"), link.get("token")));
        return workflow;
    }

    Response phase(String phase) {
        return as(organiser).contentType(ContentType.JSON).body(Map.of("phase", phase))
                .put("/api/events/{eventId}/phase", eventId);
    }

    Workflow inPhase(String phase) {
        phase(phase).then().statusCode(200);
        return this;
    }

    io.restassured.specification.RequestSpecification participant(String code) {
        return AccessFixture.withToken(tokens.get(code));
    }

    io.restassured.specification.RequestSpecification organiser() {
        return as(organiser);
    }

    /** Sends a wish and answers its id. */
    String wish(String from, String to, int priority) {
        return participant(from).contentType(ContentType.JSON).body(Map.of("to", to, "priority", priority))
                .post("/api/events/{eventId}/wishes", eventId).then().statusCode(201).extract().jsonPath()
                .getString("id");
    }

    void accept(String receiver, String wishId) {
        participant(receiver).post("/api/events/{eventId}/wishes/{requestId}/accept", eventId, wishId)
                .then().statusCode(200);
    }

    /**
     * Solves for at most {@code seconds}, waits until the job has ended, and referees the stored timetable: the
     * wishes are the participants' own, sent over the API, so the requests as stored stand in for the document's.
     */
    void solve(int seconds) {
        organiser().post("/api/events/{eventId}/solve?seconds={seconds}", eventId, seconds).then().statusCode(202);
        await().atMost(Duration.ofSeconds(seconds + 30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "NOT_SOLVING".equals(organiser().get("/api/events/{eventId}/solve", eventId)
                        .jsonPath().getString("status")));
        StoredTimetable.assertValidWithStoredRequests(eventId, StoredTimetable.read(document));
    }
}
