package org.matchday.solver.exact;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleCloner;
import org.matchday.solver.Slot;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session LP bound is never below what a timetable keeping every hard rule schedules, and sees sessions. */
@Tag("solver")
class SessionLpBoundTest {

    @Test
    void noTimetableSchedulesMoreThanTheBound() {
        Random random = new Random(24);
        int compared = 0;
        int tight = 0;
        for (long seed = 1; seed <= 300 && compared < 30; seed++) {
            Schedule problem = TinySchedules.generate(seed, 4 + random.nextInt(3), 2 + random.nextInt(3),
                    1 + random.nextInt(2), 3 + random.nextInt(5));
            if (TinySchedules.assignments(problem) > 4_000) {
                continue;
            }
            long most = mostPriorityByEnumeration(problem);
            long bound = SessionLpBound.of(problem);
            assertTrue(bound >= most, "seed " + seed + ": bound " + bound + " below a timetable's " + most);
            tight += bound == most ? 1 : 0;
            compared++;
        }
        assertTrue(compared >= 30, "only " + compared + " seeds small enough");
        // A bound far above every timetable would pass the check above too: most tiny events are met exactly.
        assertTrue(tight >= compared / 2, "tight on " + tight + " of " + compared);
    }

    @Test
    void aParticipantMeetsInASessionNoMoreOftenThanItsSlotsThere() {
        // A host present all day wishes for four visitors who come only in the morning's two slots: two meetings
        // fit, where counting the host's four slots and the visitors' two each would allow all four.
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LocalDateTime start = LocalDateTime.of(2026, 6, 5, 9, 0).plusMinutes(30L * i);
            slots.add(new Slot(i, 0, i, i < 2 ? "AM" : "PM", start, start.plusMinutes(30), 5));
        }
        Attendee host = new Attendee(0, "h", "Host", null, null, null, 0, false);
        BitSet morning = new BitSet();
        morning.set(0, 2);
        List<Attendee> attendees = new ArrayList<>(List.of(host));
        List<MeetingAssignment> meetings = new ArrayList<>();
        for (int v = 1; v <= 4; v++) {
            Attendee visitor = new Attendee(v, "v" + v, "Visitor " + v, morning, null, null, 0, false);
            attendees.add(visitor);
            meetings.add(new MeetingAssignment(v, host, visitor, v, false, null, slots.subList(0, 2)));
        }
        Schedule problem = new Schedule(1L, 0, slots, List.of(), attendees, meetings,
                ConstraintWeightOverrides.none());
        assertEquals(4 + 3, SessionLpBound.of(problem));
        assertEquals(4 + 3, mostPriorityByEnumeration(problem));
    }

    /** The most priority of any placement of the free meetings that keeps every hard rule. */
    private static long mostPriorityByEnumeration(Schedule problem) {
        Schedule schedule = new ScheduleCloner().cloneSolution(problem);
        List<MeetingAssignment> free = schedule.getMeetings().stream().filter(m -> !m.isPinned()).toList();
        int[] choice = new int[free.size()];
        long most = -1;
        while (true) {
            for (int i = 0; i < free.size(); i++) {
                List<Slot> candidates = free.get(i).getCandidateSlots();
                free.get(i).setSlot(choice[i] == candidates.size() ? null : candidates.get(choice[i]));
            }
            if (TinySchedules.RULEBOOK.update(schedule).hardScore() == 0) {
                most = Math.max(most, schedule.getMeetings().stream().filter(MeetingAssignment::isScheduled)
                        .mapToLong(MeetingAssignment::getPriority).sum());
            }
            int i = 0;
            while (i < free.size() && ++choice[i] > free.get(i).getCandidateSlots().size()) {
                choice[i++] = 0;
            }
            if (i == free.size()) {
                return most;
            }
        }
    }
}
