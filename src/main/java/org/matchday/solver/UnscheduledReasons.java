package org.matchday.solver;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Says in words, from the data and the schedule alone, why a meeting has no slot: it cannot have one at all, a
 * participant is full, its possible slots are all taken, or the solver stopped before it got to it.
 */
public final class UnscheduledReasons {

    public static final String NO_COMMON_SLOT = "No common available slot in the allowed sessions.";
    public static final String NOT_PLACED_YET = "The solver stopped before it could place this meeting.";
    public static final String ALL_SLOTS_TAKEN = "Every slot both could use is taken by their other meetings"
            + " or has no free table left.";

    private final Map<Attendee, BitSet> busy = new HashMap<>();
    private final Map<Attendee, Integer> meetingCount = new HashMap<>();
    private final Map<Integer, Integer> freeTableUse = new HashMap<>();

    private UnscheduledReasons(Schedule schedule) {
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            Slot slot = meeting.getSlot();
            if (slot == null) {
                continue;
            }
            for (Attendee attendee : meeting.attendees()) {
                busy.computeIfAbsent(attendee, a -> new BitSet()).set(slot.index());
                meetingCount.merge(attendee, 1, Integer::sum);
            }
            if (meeting.needsFreeTable()) {
                freeTableUse.merge(slot.index(), 1, Integer::sum);
            }
        }
    }

    public static UnscheduledReasons of(Schedule schedule) {
        return new UnscheduledReasons(schedule);
    }

    /** The reason for an unscheduled meeting of the schedule this was made from. */
    public String reason(MeetingAssignment meeting) {
        if (meeting.getCandidateSlots().isEmpty()) {
            return NO_COMMON_SLOT;
        }
        for (Attendee attendee : meeting.attendees()) {
            Integer max = attendee.maxMeetings();
            if (max != null && meetingCount.getOrDefault(attendee, 0) >= max) {
                return attendee.label() + " has reached its maximum of " + max + " meetings.";
            }
        }
        for (Slot slot : meeting.getCandidateSlots()) {
            if (isFree(meeting.getA(), slot) && isFree(meeting.getB(), slot) && (!meeting.needsFreeTable()
                    || freeTableUse.getOrDefault(slot.index(), 0) < slot.freeTables())) {
                return NOT_PLACED_YET;
            }
        }
        return ALL_SLOTS_TAKEN;
    }

    private boolean isFree(Attendee attendee, Slot slot) {
        BitSet slots = busy.get(attendee);
        return slots == null || !slots.get(slot.index());
    }
}
