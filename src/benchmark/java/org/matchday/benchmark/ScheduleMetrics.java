package org.matchday.benchmark;

import org.matchday.domain.IdleBreaks;
import org.matchday.domain.Meeting;
import org.matchday.domain.Participant;
import org.matchday.mapping.FairShares;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark reports of a schedule, measured from the meeting rows alone (never from a solver's score):
 * scheduled priority sum, unscheduled meetings, idle breaks ({@link IdleBreaks}), and how the participants owed a
 * meeting under a fairness minimum fared ({@link FairShares}).
 *
 * @param owed participants with a request that can take place
 * @param withoutMeetings owed participants without any meeting
 * @param belowMinimum owed participants with fewer meetings than the minimum
 * @param belowFairShare owed participants with fewer meetings than their requests allow under the minimum
 */
record ScheduleMetrics(int scheduled, int unscheduled, long scheduledPriority, long requestedPriority, int breaks,
        int owed, int withoutMeetings, int belowMinimum, int belowFairShare) {

    /** The schedule of {@code data}, with the owed measured against {@code minimum} whatever the event's own. */
    static ScheduleMetrics of(EventData data, int minimum) {
        int scheduled = 0;
        long scheduledPriority = 0;
        long requestedPriority = 0;
        IdleBreaks.Count<Participant> breaks = new IdleBreaks.Count<>();
        Map<Participant, Integer> meetings = new HashMap<>();
        data.timeslots().forEach(slot -> breaks.slot(slot.startDateTime(), slot.endDateTime()));
        List<MeetingOptions> options = MeetingOptions.of(data);
        for (MeetingOptions o : options) {
            Meeting m = o.meeting();
            requestedPriority += o.priority();
            if (m.isScheduled()) {
                scheduled++;
                scheduledPriority += o.priority();
                breaks.meeting(m.participantA, m.participantB, m.start, m.end);
                meetings.merge(m.participantA, 1, Integer::sum);
                meetings.merge(m.participantB, 1, Integer::sum);
            }
        }
        int owed = 0;
        int without = 0;
        int belowMinimum = 0;
        int belowShare = 0;
        for (FairShares.Share share : FairShares.of(data.participants(), options, minimum).values()) {
            if (share.isOwed()) {
                int count = meetings.getOrDefault(share.participant(), 0);
                owed++;
                without += count == 0 ? 1 : 0;
                belowMinimum += count < minimum ? 1 : 0;
                belowShare += count < share.share() ? 1 : 0;
            }
        }
        return new ScheduleMetrics(scheduled, data.meetings().size() - scheduled, scheduledPriority,
                requestedPriority, breaks.breaks().total(), owed, without, belowMinimum, belowShare);
    }
}
