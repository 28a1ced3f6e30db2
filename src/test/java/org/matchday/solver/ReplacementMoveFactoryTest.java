package org.matchday.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replacement move trades a host's meetings for a more valuable waiting one, and never the other way. */
@Tag("solver")
class ReplacementMoveFactoryTest {

    private final List<Slot> slots = new ArrayList<>();
    private final Attendee host = new Attendee(0, "h", "Host", null, null, null, 0, false);

    ReplacementMoveFactoryTest() {
        for (int i = 0; i < 2; i++) {
            LocalDateTime start = LocalDateTime.of(2018, 6, 5, 14, 0).plusMinutes(20L * i);
            slots.add(new Slot(i, 0, i, "PM", start, start.plusMinutes(20), 5));
        }
    }

    @Test
    void aValuableWaitingMeetingTakesTheSlotOfALessValuableOne() {
        MeetingAssignment low = meeting(1, 1, slots.get(0));
        MeetingAssignment lower = meeting(2, 1, slots.get(1));
        MeetingAssignment waiting = meeting(3, 5, null);
        Set<String> seen = moves(List.of(low, lower, waiting), waiting);
        // The host is full: each move puts the waiting meeting in one of its slots and takes out what was there.
        assertEquals(Set.of("Replacement h & v3 -> PM@2018-06-05T14:00, h & v1 -> null",
                "Replacement h & v3 -> PM@2018-06-05T14:20, h & v2 -> null"), seen);
    }

    @Test
    void itNeverGivesUpMoreThanItGainsNorMovesAPinnedMeeting() {
        MeetingAssignment valuable = meeting(1, 5, slots.get(0));
        MeetingAssignment pinned = meeting(2, 1, slots.get(1));
        pinned.setPinned(true);
        MeetingAssignment waiting = meeting(3, 2, null);
        assertTrue(moves(List.of(valuable, pinned, waiting), waiting).isEmpty());
    }

    private MeetingAssignment meeting(int visitor, int priority, Slot slot) {
        Attendee other = new Attendee(visitor, "v" + visitor, "V" + visitor, null, null, null, 0, false);
        MeetingAssignment meeting = new MeetingAssignment(visitor, host, other, priority, false, null, slots);
        meeting.setSlot(slot);
        return meeting;
    }

    /** The doable moves the factory samples from {@code start}, as text. */
    private Set<String> moves(List<MeetingAssignment> meetings, MeetingAssignment start) {
        List<Attendee> attendees = new ArrayList<>(List.of(host));
        meetings.forEach(m -> attendees.add(m.getB()));
        Schedule schedule = new Schedule(1L, 0, slots, List.of(), attendees, meetings,
                ConstraintWeightOverrides.none());
        MeetingIndex index = new MeetingIndex(schedule);
        ReplacementMoveFactory factory = new ReplacementMoveFactory();
        Random random = new Random(5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            SlotReassignmentMove move = factory.sample(index, start, random);
            if (move.isMoveDoable(null)) {
                seen.add(move.toString());
            }
        }
        return seen;
    }
}
