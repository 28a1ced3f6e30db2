package org.matchday.persistence;

import org.matchday.export.ScheduleViewLoader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.matchday.export.ScheduleView;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.rest.TestEvents;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One participant's agenda, read on its own, is the same as that participant's part of the whole event's view. */
@QuarkusTest
class ScheduleViewLoaderTest {

    @Inject
    ScheduleViewLoader loader;

    @Test
    void anAgendaReadAloneMatchesTheWholeViewInTheDraftAndAfterPublishingAndEditing() {
        long id = TestEvents.importFixture("solved-event.json");
        assertSameAgendas(id, true);

        given().post("/api/events/{id}/publication", id).then().statusCode(201);
        // After publishing, a deleted participant's published meetings leave its partners' agendas.
        ScheduleView whole = loader.load(id);
        PersonInfo busiest = whole.participants().stream()
                .max((a, b) -> Integer.compare(whole.meetingsOf(a).size(), whole.meetingsOf(b).size())).orElseThrow();
        PersonInfo partner = whole.meetingsOf(busiest).get(0).counterpartOf(busiest);
        int before = whole.meetingsOf(partner).size();
        given().delete("/api/events/{id}/participants/{code}", id, busiest.code()).then().statusCode(204);
        assertEquals(before - 1, loader.loadAgenda(id, partner.code()).meetingsOf(partner).size());
        assertSameAgendas(id, false);
    }

    private void assertSameAgendas(long id, boolean draft) {
        ScheduleView whole = loader.load(id);
        assertEquals(draft, whole.isDraft());
        int meetings = 0;
        for (PersonInfo person : whole.participants()) {
            ScheduleView alone = loader.loadAgenda(id, person.code());
            assertEquals(person, alone.participant(person.code()).orElseThrow());
            assertEquals(whole.meetingsOf(person), alone.meetingsOf(person), person.code());
            assertEquals(whole.sessions(), alone.sessions());
            assertEquals(whole.publicationNumber(), alone.publicationNumber());
            assertEquals(whole.publishedAt(), alone.publishedAt());
            assertEquals(whole.event(), alone.event());
            meetings += alone.meetingsOf(person).size();
        }
        assertTrue(meetings > 0, "the fixture has scheduled meetings");
        assertEquals(2 * whole.meetings().size(), meetings, "every meeting is on both agendas");
    }

    @Test
    void anUnknownParticipantOrEventIs404() {
        long id = TestEvents.importFixture("solved-event.json");
        given().get("/api/events/{id}/participants/nobody/agenda.ics", id).then().statusCode(404);
        given().get("/api/events/{id}/participants/nobody/agenda.pdf", id).then().statusCode(404);
        given().get("/api/events/999999/participants/nobody/agenda.ics").then().statusCode(404);
        List.of("pdf", "ics", "csv").forEach(kind -> given().get("/api/events/{id}/participants/{code}/agenda." + kind,
                id, loader.load(id).participants().get(0).code()).then().statusCode(200));
    }
}
