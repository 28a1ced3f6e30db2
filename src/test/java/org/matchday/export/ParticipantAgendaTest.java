package org.matchday.export;

import org.junit.jupiter.api.Test;
import org.matchday.export.AgendaEntry.Kind;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantAgendaTest {

    @Test
    void freeSlotsMergeAndPausesSplitThem() {
        // Slots: 09:00, 09:20, then the pause, 10:00, 10:20, 10:40.
        ScheduleView view = new ScheduleViews().session("s", "09:40-10:00").person("a").person("b")
                .meeting("a", "b", "09:20", "T1").build();
        List<AgendaEntry> entries = only(ParticipantAgenda.of(view, view.participant("a").orElseThrow()));
        assertEquals(List.of(Kind.FREE, Kind.MEETING, Kind.PAUSE, Kind.FREE), kinds(entries));
        assertEquals(at("10:00"), entries.get(3).start());
        assertEquals(at("11:00"), entries.get(3).end());
    }

    @Test
    void slotsOutsideTheAvailabilityAreMarkedUnavailable() {
        ScheduleView view = new ScheduleViews().session("s").person("a", "s", "09:40", "10:20").person("b")
                .meeting("a", "b", "09:40", "T1").build();
        List<AgendaEntry> entries = only(ParticipantAgenda.of(view, view.participant("a").orElseThrow()));
        assertEquals(List.of(Kind.UNAVAILABLE, Kind.MEETING, Kind.FREE, Kind.UNAVAILABLE), kinds(entries));
    }

    @Test
    void sessionsTheParticipantCannotAttendAreLeftOut() {
        ScheduleView view = new ScheduleViews().session("s").person("a", "other", "09:00", "10:00").build();
        assertTrue(ParticipantAgenda.of(view, view.participant("a").orElseThrow()).sections().isEmpty());
    }

    @Test
    void aMeetingOffTheSlotsKeepsItsOwnTime() {
        // Published at 09:10 before the session changed: it must still show, at 09:10.
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b")
                .meeting("a", "b", "09:10", "T1").build();
        List<AgendaEntry> entries = only(ParticipantAgenda.of(view, view.participant("a").orElseThrow()));
        assertEquals(List.of(Kind.FREE, Kind.MEETING, Kind.FREE), kinds(entries));
        assertEquals(at("09:10"), entries.get(1).start());
    }

    @Test
    void tableTimetableKeepsEverySlot() {
        ScheduleView view = new ScheduleViews().session("s", "09:40-10:00").person("a").person("b")
                .meeting("a", "b", "10:20", "T2").build();
        TableTimetable timetable = TableTimetable.of(view, view.table("T2").orElseThrow());
        List<AgendaEntry> entries = timetable.sections().get(0).entries();
        assertEquals(List.of(Kind.FREE, Kind.FREE, Kind.PAUSE, Kind.FREE, Kind.MEETING, Kind.FREE), kinds(entries));
        assertEquals("T2", timetable.table().displayName());
    }

    private static List<AgendaEntry> only(ParticipantAgenda agenda) {
        assertEquals(1, agenda.sections().size());
        return agenda.sections().get(0).entries();
    }

    private static List<Kind> kinds(List<AgendaEntry> entries) {
        return entries.stream().map(AgendaEntry::kind).toList();
    }

    private static LocalDateTime at(String time) {
        return ScheduleViews.DAY.atTime(LocalTime.parse(time));
    }
}
