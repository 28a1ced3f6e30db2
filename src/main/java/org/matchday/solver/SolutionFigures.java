package org.matchday.solver;

import org.matchday.domain.IdleBreaks;

import java.util.HashMap;
import java.util.Map;

/**
 * Plain counts of a schedule, whatever the weights: what a progress page shows and what benchmarks compare.
 *
 * @param breaks idle breaks over all participants and days ({@link IdleBreaks})
 * @param scheduledPriority sum of the priorities of the scheduled meetings
 * @param requestedPriority sum of the priorities of all meetings
 * @param belowMinimum participants owed a meeting (with a request that can take place) who have fewer than the
 *        event's minimum, whether or not their requests allow it
 * @param belowFairShare participants with fewer meetings than they are owed ({@link Attendee#fairShare()})
 * @param withoutMeetings participants owed a meeting who have none
 * @param priorityGivenUp priority the schedule gives up for the fairness rule ({@link FairnessPrice})
 */
public record SolutionFigures(int scheduled, int unscheduled, int breaks, long scheduledPriority,
        long requestedPriority, int belowMinimum, int belowFairShare, int withoutMeetings, long priorityGivenUp) {

    public static SolutionFigures of(Schedule schedule) {
        int scheduled = 0;
        long scheduledPriority = 0;
        long requestedPriority = 0;
        IdleBreaks.Count<Attendee> breaks = new IdleBreaks.Count<>();
        Map<Attendee, Integer> meetings = new HashMap<>();
        schedule.getSlots().forEach(slot -> breaks.slot(slot.start(), slot.end()));
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            requestedPriority += meeting.getPriority();
            Slot slot = meeting.getSlot();
            if (slot != null) {
                scheduled++;
                scheduledPriority += meeting.getPriority();
                breaks.meeting(meeting.getA(), meeting.getB(), slot.start(), slot.end());
                meeting.attendees().forEach(attendee -> meetings.merge(attendee, 1, Integer::sum));
            }
        }
        int belowMinimum = 0;
        int belowFairShare = 0;
        int withoutMeetings = 0;
        for (Attendee attendee : schedule.getAttendees()) {
            int count = meetings.getOrDefault(attendee, 0);
            if (attendee.fairShare() > 0) {
                belowMinimum += count < schedule.getMinimumMeetings() ? 1 : 0;
                belowFairShare += count < attendee.fairShare() ? 1 : 0;
                withoutMeetings += count == 0 ? 1 : 0;
            }
        }
        return new SolutionFigures(scheduled, schedule.getMeetings().size() - scheduled, breaks.breaks().total(),
                scheduledPriority, requestedPriority, belowMinimum, belowFairShare, withoutMeetings,
                FairnessPrice.priorityGivenUp(schedule));
    }
}
