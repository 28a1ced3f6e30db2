package org.matchday.day;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchday.config.SettableClock;
import org.matchday.format.EventDocument;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.TableDoc;
import org.matchday.rest.StoredTimetable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * The control room at 14:30 in the published Taipei sample, its figures worked out here from the timetable as the
 * meetings API lists it: who is in, the meetings held, running and next, those lost to a no-show, and the tables
 * free now and next, before and after a meeting booked on the spot.
 */
@QuarkusTest
class DayViewTest {

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theControlRoomCountsTheDayAsItStands() {
        DayFixture day = DayFixture.published();
        EventDocument given = StoredTimetable.read(day.document);
        String noShow = "eu-09";
        // A host and a table-less visitor to book on the spot at 14:45; whatever the solver gave them then is taken
        // out and published first, so that the booking does not hang on the solver's choices.
        List<Map<String, Object>> solved = day.scheduled();
        ParticipantDoc host = given.participants().stream().filter(p -> p.table() != null && p.availability() == null
                && !meetsAt(solved, p.id(), noShow, "14:45")).findFirst().orElseThrow();
        String visitor = given.participants().stream().filter(p -> p.table() == null && p.availability() == null
                        && !p.id().equals(noShow) && !meetsAt(solved, p.id(), noShow, "14:45")
                        && solved.stream().noneMatch(m -> DayFixture.involves(m, p.id())
                                && DayFixture.involves(m, host.id())))
                .map(ParticipantDoc::id).findFirst().orElseThrow();
        boolean taken = false;
        for (Map<String, Object> m : solved) {
            if (m.get("start").equals("2018-06-05T14:45")
                    && (DayFixture.involves(m, host.id()) || DayFixture.involves(m, visitor))) {
                List<?> pair = (List<?>) m.get("participants");
                as(day.organiser).delete("/api/events/{e}/meetings/{a}/{b}/slot", day.eventId, pair.get(0),
                        pair.get(1)).then().statusCode(200);
                taken = true;
            }
        }
        if (taken) {
            as(day.organiser).post("/api/events/{e}/publication", day.eventId).then().statusCode(201);
        }
        List<Map<String, Object>> scheduled = day.scheduled();

        clock.set(DayFixture.at("13:10"));
        for (String p : List.of("eu-01", "eu-02", "tw-aero")) {
            as(day.staff).post("/api/events/{e}/participants/{p}/check-in", day.eventId, p).then().statusCode(200);
        }
        long lost = scheduled.stream().filter(m -> DayFixture.involves(m, noShow)).count();
        as(day.staff).post("/api/events/{e}/participants/{p}/no-show", day.eventId, noShow).then().statusCode(200);
        List<Map<String, Object>> kept = scheduled.stream().filter(m -> !DayFixture.involves(m, noShow)).toList();

        clock.set(DayFixture.at("14:30"));
        JsonPath view = as(day.staff).get("/api/events/{e}/day", day.eventId).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("2018-06-05T14:30", view.getString("now"));
        assertEquals(3, view.getInt("checkedIn"));
        assertEquals(given.participants().size() - 1, view.getInt("expected"));
        assertEquals(startingAt(kept, "13:30") + startingAt(kept, "13:55"), view.getInt("meetings.held"));
        assertEquals(startingAt(kept, "14:20"), view.getInt("meetings.running"));
        assertEquals(startingAt(kept, "14:45"), view.getInt("meetings.next"));
        assertEquals(lost, view.getInt("meetings.lostToNoShows"));
        assertEquals("2018-06-05T14:20", view.getString("currentSlot.start"));
        assertEquals("2018-06-05T14:40", view.getString("currentSlot.end"));
        assertEquals(freeTables(given, kept, "14:20"), view.getList("currentSlot.freeTables"));
        assertEquals("2018-06-05T14:45", view.getString("nextSlot.start"));
        assertEquals(freeTables(given, kept, "14:45"), view.getList("nextSlot.freeTables"));
        assertEquals(List.of(), view.getList("quickBookings"));

        // A meeting booked on the spot in the next slot takes its host's table there.
        List<String> freeNext = freeTables(given, kept, "14:45");
        assertTrue(freeNext.contains(host.table()), host.table() + " is not free at 14:45: " + freeNext);
        as(day.staff).contentType(ContentType.JSON).body(Map.of("participants", List.of(visitor, host.id())))
                .post("/api/events/{e}/meetings/quick", day.eventId).then().statusCode(201)
                .body("start", equalTo("2018-06-05T14:45")).body("table", equalTo(host.table()));
        view = as(day.staff).get("/api/events/{e}/day", day.eventId).then().statusCode(200).extract().jsonPath();
        assertEquals(startingAt(kept, "14:45") + 1, view.getInt("meetings.next"));
        assertEquals(lost, view.getInt("meetings.lostToNoShows"));
        List<String> stillFree = new java.util.ArrayList<>(freeNext);
        stillFree.remove(host.table());
        assertEquals(stillFree, view.getList("nextSlot.freeTables"));
        // The desk's queue holds the meeting booked on the spot, until it has ended.
        assertEquals(1, view.getList("quickBookings").size());
        assertEquals("2018-06-05T14:45", view.getString("quickBookings[0].start"));
        assertEquals(host.table(), view.getString("quickBookings[0].table"));
        assertEquals(Set.of(visitor, host.id()), Set.copyOf(view.getList("quickBookings[0].participants")));
        assertEquals(DayFixture.at("14:30"), java.time.Instant.parse(view.getString("quickBookings[0].bookedAt")));
        clock.set(DayFixture.at("15:05"));
        assertEquals(List.of(), as(day.staff).get("/api/events/{e}/day", day.eventId).then().statusCode(200)
                .extract().jsonPath().getList("quickBookings"));
    }

    private static int startingAt(List<Map<String, Object>> meetings, String time) {
        return (int) meetings.stream().filter(m -> m.get("start").equals("2018-06-05T" + time)).count();
    }

    private static boolean meetsAt(List<Map<String, Object>> meetings, String a, String b, String time) {
        return meetings.stream().anyMatch(m -> DayFixture.involves(m, a) && DayFixture.involves(m, b)
                && m.get("start").equals("2018-06-05T" + time));
    }

    /** The tables no kept meeting uses in the slot, in code order. */
    private static List<String> freeTables(EventDocument given, List<Map<String, Object>> kept, String time) {
        Set<String> free = new TreeSet<>(given.tables().stream().map(TableDoc::id).toList());
        kept.stream().filter(m -> m.get("start").equals("2018-06-05T" + time)).forEach(m -> free.remove(
                (String) m.get("table")));
        return List.copyOf(free);
    }
}
