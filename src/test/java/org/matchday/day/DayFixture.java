package org.matchday.day;

import io.restassured.http.ContentType;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.matchday.security.AccessFixture.as;

/**
 * The Taipei 2018 sample as an organiser runs it on the day: imported over the API with a staff member, solved and
 * published. Times of the day are the sample's, local to Asia/Taipei.
 */
final class DayFixture {

    static final String SAMPLE = "taipei-2018-cluster-matchmaking.json";
    static final ZoneId ZONE = ZoneId.of("Asia/Taipei");
    /**
     * The starts of the sample's slots, worked out by hand from its one session: 13:30 to 17:30, 20-minute meetings
     * with 5 minutes between them, and a break from 15:10 to 15:30 that no meeting crosses.
     */
    static final List<String> SLOTS = List.of("13:30", "13:55", "14:20", "14:45", "15:30", "15:55", "16:20", "16:45",
            "17:10");

    final long eventId;
    final String organiser;
    final String staff;
    final String document;

    private DayFixture(long eventId, String organiser, String staff, String document) {
        this.eventId = eventId;
        this.organiser = organiser;
        this.staff = staff;
        this.document = document;
    }

    static DayFixture published() {
        long n = System.nanoTime();
        String organiser = AccessFixture.account("day-org-" + n, "ORGANISER");
        String staff = AccessFixture.account("day-staff-" + n, "STAFF");
        String document = TestEvents.document("sample:" + SAMPLE);
        long eventId = as(organiser).contentType(ContentType.JSON).body(document)
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        as(organiser).contentType(ContentType.JSON).body(Map.of("username", staff))
                .post("/api/events/{eventId}/members", eventId).then().statusCode(201);
        as(organiser).post("/api/events/{eventId}/solve?seconds=5", eventId).then().statusCode(202);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> "NOT_SOLVING".equals(as(organiser).get("/api/events/{eventId}/solve", eventId)
                        .jsonPath().getString("status")));
        as(organiser).post("/api/events/{eventId}/publication", eventId).then().statusCode(201);
        return new DayFixture(eventId, organiser, staff, document);
    }

    /** The scheduled meetings as the meetings API lists them. */
    List<Map<String, Object>> scheduled() {
        List<Map<String, Object>> meetings = as(organiser).get("/api/events/{eventId}/meetings", eventId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return meetings.stream().filter(m -> m.get("start") != null).toList();
    }

    static boolean involves(Map<String, Object> meeting, String participant) {
        return ((List<?>) meeting.get("participants")).contains(participant);
    }

    /** An instant at a time of the sample's day. */
    static java.time.Instant at(String time) {
        return LocalDateTime.parse("2018-06-05T" + time).atZone(ZONE).toInstant();
    }

    String token(String participant) {
        return AccessFixture.link(organiser, eventId, participant);
    }
}
