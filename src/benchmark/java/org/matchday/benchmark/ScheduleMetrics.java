package org.matchday.benchmark;

import org.matchday.domain.IdleBreaks;
import org.matchday.domain.Meeting;
import org.matchday.domain.Participant;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

/**
 * What a benchmark reports of a schedule, measured from the meeting rows alone (never from a solver's score):
 * scheduled priority sum, unscheduled meetings, and idle breaks ({@link IdleBreaks}).
 */
record ScheduleMetrics(int scheduled, int unscheduled, long scheduledPriority, long requestedPriority, int breaks) {

    static ScheduleMetrics of(EventData data) {
        int scheduled = 0;
        long scheduledPriority = 0;
        long requestedPriority = 0;
        IdleBreaks.Count<Participant> breaks = new IdleBreaks.Count<>();
        data.timeslots().forEach(slot -> breaks.slot(slot.startDateTime(), slot.endDateTime()));
        for (MeetingOptions o : MeetingOptions.of(data)) {
            Meeting m = o.meeting();
            requestedPriority += o.priority();
            if (m.isScheduled()) {
                scheduled++;
                scheduledPriority += o.priority();
                breaks.meeting(m.participantA, m.participantB, m.start, m.end);
            }
        }
        return new ScheduleMetrics(scheduled, data.meetings().size() - scheduled, scheduledPriority,
                requestedPriority, breaks.breaks().total());
    }
}
