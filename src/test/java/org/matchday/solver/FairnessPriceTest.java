package org.matchday.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a schedule gives up for the fairness rule: only exchanges the rule alone forbids count. */
class FairnessPriceTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 10, 9, 0);
    /** Two slots, one free table each. */
    private static final List<Slot> SLOTS = List.of(new Slot(0, 0, 0, "am", NINE, NINE.plusMinutes(20), 1),
            new Slot(1, 0, 1, "am", NINE.plusMinutes(25), NINE.plusMinutes(45), 1));

    private final Table hostTable = new Table(1, "T1", "Table 1", 10L, "Host (h)");
    private final Attendee host = new Attendee(10, "h", "Host", null, null, hostTable, 1, false);
    private long nextId = 1;

    @Test
    void aMeetingKeptForSomeonesOnlyMeetingIsPriorityGivenUp() {
        Attendee newcomer = attendee(20, "n", 1);
        Attendee regular = attendee(21, "r", 1);
        Attendee star = attendee(22, "s", 1);
        // The host sees the newcomer (3) and the regular (2); the star's 5 is left out. Putting it in place of the
        // newcomer's meeting would add 2, or of the regular's 3: only the fairness rule forbids both, as each is
        // the only meeting of someone owed one. The best exchange counts once: 3.
        MeetingAssignment first = meeting(host, newcomer, 3, 0);
        MeetingAssignment second = meeting(host, regular, 2, 1);
        MeetingAssignment leftOut = meeting(host, star, 5, -1);
        assertEquals(3, FairnessPrice.priorityGivenUp(schedule(List.of(host, newcomer, regular, star),
                List.of(first, second, leftOut))));
    }

    @Test
    void anExchangeTheRuleAllowsIsNotItsPrice() {
        Attendee busy = attendee(20, "b", 1);
        Attendee other = attendee(23, "o", 0);
        Attendee star = attendee(22, "s", 1);
        // b has two meetings and is owed one: its meeting with the host could go without the rule's say. That the
        // solver did not exchange it is not fairness, and a left-out meeting worth less is no price either.
        MeetingAssignment hostAndBusy = meeting(host, busy, 2, 0);
        MeetingAssignment busyElsewhere = meeting(busy, other, 1, 1);
        MeetingAssignment leftOut = meeting(host, star, 5, -1);
        MeetingAssignment worthLess = meeting(busy, star, 1, -1);
        assertEquals(0, FairnessPrice.priorityGivenUp(schedule(List.of(host, busy, other, star),
                List.of(hostAndBusy, busyElsewhere, leftOut, worthLess))));
    }

    private Attendee attendee(long id, String code, int fairShare) {
        return new Attendee(id, code, "Participant " + code, null, null, null, fairShare, false);
    }

    private MeetingAssignment meeting(Attendee a, Attendee b, int priority, int slot) {
        MeetingAssignment meeting = new MeetingAssignment(nextId++, a, b, priority, false, null, SLOTS);
        meeting.setSlot(slot < 0 ? null : SLOTS.get(slot));
        return meeting;
    }

    private Schedule schedule(List<Attendee> attendees, List<MeetingAssignment> meetings) {
        return new Schedule(1L, 1, SLOTS, List.of(hostTable), attendees, meetings, ConstraintWeightOverrides.none());
    }
}
