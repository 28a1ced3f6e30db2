package org.matchday.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.matchday.format.EventDocument;
import org.matchday.format.MeetingDoc;
import org.matchday.solver.ScheduleFeasibilityChecker;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The referee over what an event stores: fetches the event's export over HTTP (as the caller the test set up, the
 * administrator by default) and checks its timetable against the document the event was created from.
 */
public final class StoredTimetable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredTimetable() {
    }

    /** Fails unless the stored timetable keeps every rule of {@code given}; answers the export. */
    public static EventDocument assertValid(long eventId, EventDocument given) {
        EventDocument stored = export(eventId);
        assertEquals(List.of(), ScheduleFeasibilityChecker.violations(given, stored),
                "the stored timetable of event " + eventId + " breaks the organiser's rules");
        return stored;
    }

    /** As {@link #assertValid(long, EventDocument)} for a document given as JSON text. */
    public static EventDocument assertValid(long eventId, String givenJson) {
        return assertValid(eventId, read(givenJson));
    }

    /**
     * As {@link #assertValid(long, EventDocument)} when participants sent their wishes over the API after the event
     * was created: the requests as stored stand in for the document's, every other rule is the document's.
     */
    public static EventDocument assertValidWithStoredRequests(long eventId, EventDocument given) {
        return assertValid(eventId, given.withRequests(export(eventId).requests()));
    }

    /**
     * The organiser's document after it moved, unpinned or took out the meetings of these pairs by hand: their pins
     * no longer hold (each pair is two participant ids).
     */
    public static EventDocument movedByHand(EventDocument given, List<List<String>> pairs) {
        List<MeetingDoc> meetings = given.normalised().meetings().stream()
                .map(m -> pairs.stream().noneMatch(p -> m.participants().containsAll(p)) ? m
                        : new MeetingDoc(m.participants(), m.requests(), m.session(), m.start(), m.end(), m.table(),
                                false))
                .toList();
        return given.withMeetings(meetings, given.unscheduled());
    }

    public static EventDocument export(long eventId) {
        return read(given().get("/api/events/{id}/export", eventId).then().statusCode(200).extract().asString());
    }

    public static EventDocument read(String json) {
        try {
            return JSON.readValue(json, EventDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an event document", e);
        }
    }
}
