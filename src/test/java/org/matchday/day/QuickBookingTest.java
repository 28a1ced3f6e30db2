package org.matchday.day;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchday.config.SettableClock;
import org.matchday.export.ReadBack;
import org.matchday.format.EventDocument;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.rest.StoredTimetable;
import org.matchday.security.AccessFixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * Meetings booked on the spot in the published Taipei sample, where every table is a Taiwanese host's own: refused
 * with the reason when nothing is free, booked in the first free slot otherwise, and then in both agendas, the
 * host's table sheet and a timetable the independent checker accepts.
 */
@QuarkusTest
class QuickBookingTest {

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void refusedWithTheReasonWhenNothingIsFree() {
        DayFixture day = DayFixture.published();
        EventDocument given = StoredTimetable.read(day.document);
        List<Map<String, Object>> scheduled = day.scheduled();

        // Two visitors have no table at all: every table belongs to a host.
        clock.set(DayFixture.at("13:40"));
        String[] visitors = visitorsFreeTogether(given, scheduled, "13:55");
        book(day.staff, day.eventId, visitors[0], visitors[1]).statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("quick.no-table"))
                .body("params.now", equalTo("2018-06-05T13:40"));

        // eu-05 can meet until 16:15 only: from 15:56 on, no slot it can attend is left, so it is busy all day.
        clock.set(DayFixture.at("15:56"));
        String leaving = "eu-05";
        String host = given.participants().stream().filter(p -> p.table() != null && scheduled.stream()
                        .noneMatch(m -> DayFixture.involves(m, p.id()) && DayFixture.involves(m, leaving)))
                .map(ParticipantDoc::id).findFirst().orElseThrow();
        book(day.staff, day.eventId, host, leaving).statusCode(409).body("code", equalTo("quick.busy-all-day"))
                .body("params.code", equalTo(leaving));

        clock.set(DayFixture.at("17:15"));
        book(day.staff, day.eventId, leaving, host).statusCode(409).body("code", equalTo("quick.session-over"));

        // Nobody books with a participant who did not come.
        clock.set(DayFixture.at("13:40"));
        as(day.staff).post("/api/events/{e}/participants/{p}/no-show", day.eventId, visitors[1]).then()
                .statusCode(200);
        book(day.staff, day.eventId, host, visitors[1]).statusCode(409).body("code", equalTo("quick.absent"))
                .body("params.code", equalTo(visitors[1]));

        // Bad input is named.
        book(day.staff, day.eventId, host, host).statusCode(400).body("code", equalTo("quick.pair"))
                .body("errors[0].path", equalTo("$.participants"));
        book(day.staff, day.eventId, host, "nobody").statusCode(400).body("errors[0].path",
                equalTo("$.participants[1]"));
    }

    @Test
    void bookedInTheFirstFreeSlotAndInBothAgendas() {
        DayFixture day = DayFixture.published();
        EventDocument given = StoredTimetable.read(day.document);
        List<Map<String, Object>> scheduled = day.scheduled();
        clock.set(DayFixture.at("13:40"));

        Booking first = freePair(given, scheduled, List.of()).orElseThrow();
        book(day.staff, day.eventId, first.visitor, first.host).statusCode(201)
                .body("start", equalTo("2018-06-05T" + first.start)).body("end", equalTo("2018-06-05T" + first.end()))
                .body("table", equalTo(first.table));
        book(day.staff, day.eventId, first.host, first.visitor).statusCode(409).body("code", equalTo("quick.already"));

        // A participant books for itself from its page, never for others.
        Booking second = freePair(given, scheduled, List.of(first)).orElseThrow();
        String token = day.token(second.visitor);
        String others = visitors(given).stream().filter(v -> !v.equals(second.visitor)).findFirst().orElseThrow();
        AccessFixture.withToken(token).contentType(ContentType.JSON)
                .body(Map.of("participants", List.of(others, second.host)))
                .post("/api/events/{e}/meetings/quick", day.eventId).then().statusCode(403)
                .body("code", equalTo("quick.not-yours"));
        AccessFixture.withToken(token).contentType(ContentType.JSON)
                .body(Map.of("participants", List.of(second.visitor, second.host)))
                .post("/api/events/{e}/meetings/quick", day.eventId).then().statusCode(201)
                .body("start", equalTo("2018-06-05T" + second.start)).body("table", equalTo(second.table));

        for (Booking b : List.of(first, second)) {
            assertInAgenda(day, b.visitor, b.host, b.start);
            assertInAgenda(day, b.host, b.visitor, b.start);
            String visitorName = as(day.staff).get("/api/events/{e}/participants/{p}", day.eventId, b.visitor)
                    .then().statusCode(200).extract().jsonPath().getString("name");
            String sheet = ReadBack.pdfText(as(day.staff).get("/api/events/{e}/tables/{t}/sheet.pdf", day.eventId,
                    b.table).then().statusCode(200).extract().asByteArray());
            assertTrue(sheet.contains(visitorName), b.table + "'s sheet does not name " + visitorName);
        }
        // Each booking is a publication of its own, so that what participants hold carries it.
        as(day.staff).get("/api/events/{e}/publication", day.eventId).then().statusCode(200)
                .body("number", equalTo(3));

        // The referee: the stored timetable keeps every rule, the two bookings being the desk's own meetings.
        List<MeetingDoc> own = new ArrayList<>(given.normalised().meetings());
        for (Booking b : List.of(first, second)) {
            own.add(new MeetingDoc(List.of(b.visitor, b.host), null, "pm", "2018-06-05T" + b.start,
                    "2018-06-05T" + b.end(), b.table, true));
        }
        StoredTimetable.assertValid(day.eventId, given.withMeetings(own, given.normalised().unscheduled()));
    }

    private static void assertInAgenda(DayFixture day, String participant, String partner, String start) {
        List<CSVRecord> rows = ReadBack.csv(as(day.staff).get("/api/events/{e}/participants/{p}/agenda.csv",
                day.eventId, participant).then().statusCode(200).extract().asByteArray());
        assertTrue(rows.stream().anyMatch(r -> r.get("Start").equals(start) && r.get("Counterpart id").equals(partner)),
                participant + "'s agenda has no meeting with " + partner + " at " + start);
    }

    /** A host's meeting booked on the spot with a visitor: the first slot from 13:40 in which neither meets. */
    record Booking(String visitor, String host, String table, String start) {

        String end() {
            return java.time.LocalTime.parse(start).plusMinutes(20).toString();
        }
    }

    /** A fully available visitor and host who do not meet yet, and where the booking must land, worked out here. */
    private static Optional<Booking> freePair(EventDocument given, List<Map<String, Object>> scheduled,
            List<Booking> booked) {
        for (String visitor : visitors(given)) {
            for (ParticipantDoc host : given.participants()) {
                if (host.table() == null || host.availability() != null || booked.stream().anyMatch(b ->
                        b.visitor.equals(visitor) || b.host.equals(host.id()))
                        || scheduled.stream().anyMatch(m -> DayFixture.involves(m, visitor)
                                && DayFixture.involves(m, host.id()))) {
                    continue;
                }
                for (String slot : DayFixture.SLOTS) {
                    if (slot.compareTo("13:40") > 0 && !busyAt(scheduled, visitor, slot)
                            && !busyAt(scheduled, host.id(), slot)) {
                        return Optional.of(new Booking(visitor, host.id(), host.table(), slot));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Two visitors both free in a slot from {@code from} on. */
    private static String[] visitorsFreeTogether(EventDocument given, List<Map<String, Object>> scheduled,
            String from) {
        List<String> visitors = visitors(given);
        for (String a : visitors) {
            for (String b : visitors) {
                if (a.compareTo(b) < 0 && DayFixture.SLOTS.stream().anyMatch(s -> s.compareTo(from) >= 0
                        && !busyAt(scheduled, a, s) && !busyAt(scheduled, b, s))) {
                    return new String[] {a, b};
                }
            }
        }
        throw new AssertionError("no two visitors are free together");
    }

    /** Participants without a table of their own and available all afternoon. */
    private static List<String> visitors(EventDocument given) {
        return given.participants().stream().filter(p -> p.table() == null && p.availability() == null)
                .map(ParticipantDoc::id).toList();
    }

    private static boolean busyAt(List<Map<String, Object>> scheduled, String participant, String slot) {
        return scheduled.stream().anyMatch(m -> DayFixture.involves(m, participant)
                && m.get("start").equals("2018-06-05T" + slot));
    }

    private static ValidatableResponse book(String account, long eventId, String a, String b) {
        return as(account).contentType(ContentType.JSON).body(Map.of("participants", List.of(a, b)))
                .post("/api/events/{e}/meetings/quick", eventId).then();
    }
}
