package org.matchday.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The meetings of each participant in a working solution, for moves that follow one participant's day. */
final class MeetingIndex {

    private final List<MeetingAssignment> movable = new ArrayList<>();
    private final Map<Attendee, List<MeetingAssignment>> byAttendee = new HashMap<>();
    private final Map<Integer, List<Slot>> slotsByDay = new HashMap<>();

    MeetingIndex(Schedule schedule) {
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (!meeting.isPinned()) {
                movable.add(meeting);
            }
            for (Attendee attendee : meeting.attendees()) {
                byAttendee.computeIfAbsent(attendee, a -> new ArrayList<>()).add(meeting);
            }
        }
        for (Slot slot : schedule.getSlots()) {
            slotsByDay.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(slot);
        }
    }

    List<MeetingAssignment> movable() {
        return movable;
    }

    List<MeetingAssignment> meetingsOf(Attendee attendee) {
        return byAttendee.getOrDefault(attendee, List.of());
    }

    List<Slot> slotsOfDay(int day) {
        return slotsByDay.getOrDefault(day, List.of());
    }

    /** The participant's meeting in the slot, if any (the first one when the participant is double-booked). */
    MeetingAssignment meetingAt(Attendee attendee, Slot slot) {
        for (MeetingAssignment meeting : meetingsOf(attendee)) {
            if (meeting.getSlot() == slot) {
                return meeting;
            }
        }
        return null;
    }
}
