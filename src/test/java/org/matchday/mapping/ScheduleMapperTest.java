package org.matchday.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.matchday.domain.Meeting;
import org.matchday.format.EventDocument;
import org.matchday.persistence.EventData;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.Slot;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mapping of the small fixture: how requests merge, which slots a pair may use, and how results go back. */
class ScheduleMapperTest {

    private final EventData data = DetachedEvents.of(read("events/small-event.json"));

    @Test
    void slotsAreNumberedInTimeOrderPerDay() {
        Schedule schedule = ScheduleMapper.toProblem(data);
        // Morning: 10:00, 10:20, 10:40. Afternoon: four slots, the pause, five more.
        assertEquals(12, schedule.getSlots().size());
        Slot firstAfternoon = schedule.getSlots().get(3);
        assertEquals(LocalDateTime.of(2018, 6, 5, 13, 30), firstAfternoon.start());
        assertEquals(3, firstAfternoon.indexInDay());
        assertEquals(0, firstAfternoon.day());
        // Three tables, two of them fixed.
        assertEquals(1, firstAfternoon.freeTables());
    }

    @Test
    void requestsOfAPairMergeIntoOneMeeting() {
        Schedule schedule = ScheduleMapper.toProblem(data);
        MeetingAssignment both = meeting(schedule, "eu-01", "tw-01");
        // r1 (priority 5, afternoon only) and r2 (priority 2, any session): the highest priority, and every
        // request's restriction holds, so the afternoon only.
        assertEquals(5, both.getPriority());
        assertTrue(both.isMutual());
        assertEquals(java.util.Set.of("pm"), both.getAllowedSessions());
        // r5 alone, priority 1; r4 is declined and asks for nothing.
        assertEquals(1, meeting(schedule, "eu-02", "tw-01").getPriority());
        assertEquals(3, schedule.getMeetings().size());
    }

    @Test
    void candidateSlotsLieInsideBothParticipantsWindows() {
        Schedule schedule = ScheduleMapper.toProblem(data);
        // eu-01 is there 13:30-16:00: 13:30, 13:55, 14:20, 14:45 and 15:30 (ending 15:50) fit.
        List<LocalDateTime> starts = meeting(schedule, "eu-01", "tw-01").getCandidateSlots().stream()
                .map(Slot::start).toList();
        assertEquals(5, starts.size());
        assertEquals(LocalDateTime.of(2018, 6, 5, 15, 30), starts.get(4));
        assertEquals(12, meeting(schedule, "eu-02", "tw-02").getCandidateSlots().size());
    }

    @Test
    void pinnedMeetingKeepsSlotAndTableOthersLoseTheirTable() {
        Schedule schedule = ScheduleMapper.toProblem(data);
        MeetingAssignment pinned = meeting(schedule, "eu-01", "tw-01");
        assertTrue(pinned.isPinned());
        assertEquals(LocalDateTime.of(2018, 6, 5, 13, 30), pinned.getSlot().start());
        assertEquals("T01", pinned.getExplicitTable().code());
        MeetingAssignment open = meeting(schedule, "eu-02", "tw-02");
        assertFalse(open.isPinned());
        assertNull(open.getExplicitTable());
        assertEquals("T02", open.table().code());
    }

    @Test
    void writeBackPlacesMeetingsAndLeavesRowsChangedMeanwhileAlone() {
        Schedule solved = ScheduleMapper.toProblem(data);
        Slot tenOClock = solved.getSlots().get(0);
        meeting(solved, "eu-02", "tw-02").setSlot(tenOClock);
        meeting(solved, "eu-02", "tw-01").setSlot(tenOClock);
        Map<Long, Long> versions = new HashMap<>();
        data.meetings().forEach(m -> versions.put(m.id, m.version));
        Meeting editedMeanwhile = row("eu-02", "tw-01");
        editedMeanwhile.version++;

        ScheduleMapper.WriteBack result = ScheduleMapper.writeBack(solved, data.meetings(), data.sessions(),
                data.tables(), versions);

        // The pinned row and the row edited by someone else are skipped; the third is placed at tw-02's table.
        assertEquals(2, result.skipped());
        assertEquals(1, result.placed());
        Meeting placed = row("eu-02", "tw-02");
        assertEquals(tenOClock.start(), placed.start);
        assertEquals("T02", placed.table.code);
        assertEquals("am", placed.session.code);
        assertFalse(editedMeanwhile.isScheduled());
    }

    @Test
    void writeBackNeverDoubleBooksAgainstARowItMustLeaveAlone() {
        Schedule solved = ScheduleMapper.toProblem(data);
        Slot pinnedSlot = meeting(solved, "eu-01", "tw-01").getSlot();
        // The solver's schedule puts tw-01 twice at 13:30 (it is infeasible).
        meeting(solved, "eu-02", "tw-01").setSlot(pinnedSlot);

        ScheduleMapper.writeBack(solved, data.meetings(), data.sessions(), data.tables(), Map.of());

        Meeting clash = row("eu-02", "tw-01");
        assertFalse(clash.isScheduled());
        assertEquals("Its slot clashed with a change made while the solver was running.", clash.reason);
    }

    @Test
    void writeBackDropsAPlacementWhoseSlotWasEditedAway() {
        Schedule solved = ScheduleMapper.toProblem(data);
        meeting(solved, "eu-02", "tw-02").setSlot(solved.getSlots().get(2));
        // Meanwhile the morning session was shortened: 10:40 is no longer a slot.
        data.sessions().get(0).end = java.time.LocalTime.of(10, 40);

        ScheduleMapper.writeBack(solved, data.meetings(), data.sessions(), data.tables(), Map.of());

        Meeting row = row("eu-02", "tw-02");
        assertFalse(row.isScheduled());
        assertEquals("Its slot or table was changed while the solver was running.", row.reason);
    }

    @Test
    void storedScheduleKeepsEveryTable() {
        Schedule stored = ScheduleMapper.toStoredSchedule(data, Map.of());
        assertEquals("T01", meeting(stored, "eu-01", "tw-01").getExplicitTable().code());
        assertNull(meeting(stored, "eu-02", "tw-02").getSlot());
    }

    private Meeting row(String x, String y) {
        return data.meetings().stream().filter(m -> pair(m.participantA.code, m.participantB.code, x, y))
                .findFirst().orElseThrow();
    }

    private static MeetingAssignment meeting(Schedule schedule, String x, String y) {
        return schedule.getMeetings().stream().filter(m -> pair(m.getA().code(), m.getB().code(), x, y))
                .findFirst().orElseThrow();
    }

    private static boolean pair(String a, String b, String x, String y) {
        return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
    }

    private static EventDocument read(String resource) {
        try (InputStream in = ScheduleMapperTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readValue(in, EventDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
