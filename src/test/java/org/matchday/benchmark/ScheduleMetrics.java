package org.matchday.benchmark;

import org.matchday.domain.Meeting;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a benchmark reports of a schedule, measured from the meeting rows alone (never from a solver's score):
 * scheduled priority sum, unscheduled meetings, and idle breaks (a participant's maximal runs of free slots
 * between two of its meetings on one day).
 */
record ScheduleMetrics(int scheduled, int unscheduled, long scheduledPriority, long requestedPriority, int breaks) {

    static ScheduleMetrics of(EventData data) {
        List<Timeslot> slots = data.timeslots();
        Map<LocalDateTime, Integer> position = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            position.put(slots.get(i).startDateTime(), i);
        }
        int scheduled = 0;
        long scheduledPriority = 0;
        long requestedPriority = 0;
        Map<Participant, TreeSet<Integer>> taken = new HashMap<>();
        for (MeetingOptions o : MeetingOptions.of(data)) {
            Meeting m = o.meeting();
            requestedPriority += o.priority();
            if (m.isScheduled()) {
                scheduled++;
                scheduledPriority += o.priority();
                taken.computeIfAbsent(m.participantA, k -> new TreeSet<>()).add(position.get(m.start));
                taken.computeIfAbsent(m.participantB, k -> new TreeSet<>()).add(position.get(m.start));
            }
        }
        int breaks = 0;
        for (TreeSet<Integer> own : taken.values()) {
            Integer previous = null;
            for (int p : own) {
                LocalDate day = slots.get(p).date();
                if (previous != null && p > previous + 1 && slots.get(previous).date().equals(day)) {
                    breaks++;
                }
                previous = p;
            }
        }
        return new ScheduleMetrics(scheduled, data.meetings().size() - scheduled, scheduledPriority,
                requestedPriority, breaks);
    }
}
