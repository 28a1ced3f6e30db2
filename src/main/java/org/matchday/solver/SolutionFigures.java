package org.matchday.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain counts of a schedule, whatever the weights: what a progress page shows and what benchmarks compare.
 *
 * @param breaks idle breaks over all participants and days (runs of free slots between two meetings of a day)
 * @param scheduledPriority sum of the priorities of the scheduled meetings
 * @param requestedPriority sum of the priorities of all meetings
 */
public record SolutionFigures(int scheduled, int unscheduled, int breaks, long scheduledPriority,
        long requestedPriority) {

    public static SolutionFigures of(Schedule schedule) {
        int scheduled = 0;
        long scheduledPriority = 0;
        long requestedPriority = 0;
        Map<Attendee, List<Slot>> slotsByAttendee = new HashMap<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            requestedPriority += meeting.getPriority();
            if (meeting.getSlot() != null) {
                scheduled++;
                scheduledPriority += meeting.getPriority();
                for (Attendee attendee : meeting.attendees()) {
                    slotsByAttendee.computeIfAbsent(attendee, a -> new ArrayList<>()).add(meeting.getSlot());
                }
            }
        }
        int breaks = 0;
        for (List<Slot> slots : slotsByAttendee.values()) {
            slots.sort((x, y) -> Integer.compare(x.index(), y.index()));
            for (int i = 1; i < slots.size(); i++) {
                Slot before = slots.get(i - 1);
                Slot after = slots.get(i);
                if (before.day() == after.day() && after.indexInDay() > before.indexInDay() + 1) {
                    breaks++;
                }
            }
        }
        return new SolutionFigures(scheduled, schedule.getMeetings().size() - scheduled, breaks,
                scheduledPriority, requestedPriority);
    }
}
