package org.matchday.solver;

import org.matchday.domain.IdleBreaks;

/**
 * Plain counts of a schedule, whatever the weights: what a progress page shows and what benchmarks compare.
 *
 * @param breaks idle breaks over all participants and days ({@link IdleBreaks})
 * @param scheduledPriority sum of the priorities of the scheduled meetings
 * @param requestedPriority sum of the priorities of all meetings
 */
public record SolutionFigures(int scheduled, int unscheduled, int breaks, long scheduledPriority,
        long requestedPriority) {

    public static SolutionFigures of(Schedule schedule) {
        int scheduled = 0;
        long scheduledPriority = 0;
        long requestedPriority = 0;
        IdleBreaks.Count<Attendee> breaks = new IdleBreaks.Count<>();
        schedule.getSlots().forEach(slot -> breaks.slot(slot.start(), slot.end()));
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            requestedPriority += meeting.getPriority();
            Slot slot = meeting.getSlot();
            if (slot != null) {
                scheduled++;
                scheduledPriority += meeting.getPriority();
                breaks.meeting(meeting.getA(), meeting.getB(), slot.start(), slot.end());
            }
        }
        return new SolutionFigures(scheduled, schedule.getMeetings().size() - scheduled, breaks.breaks().total(),
                scheduledPriority, requestedPriority);
    }
}
