package org.matchday.service;

import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.format.TextFormats;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Says in words, from the data and the current schedule, why a requested meeting has no slot. */
public final class MeetingExplanations {

    private MeetingExplanations() {
    }

    /** Why a meeting can never take place, for one with no slot both can attend in its allowed sessions. */
    static String whyNoSlot(MeetingOptions o) {
        String a = name(o.participantA());
        String b = name(o.participantB());
        if (o.allowedSessions().isEmpty()) {
            return "Its requests allow no common session.";
        }
        return a + " and " + b + " have no common available slot in the allowed sessions ("
                + String.join(", ", o.allowedSessions()) + ").";
    }

    /** A reason for every unscheduled meeting, given where the scheduled ones are. */
    public static Map<Meeting, String> explainUnscheduled(EventData data, List<MeetingOptions> options) {
        Map<Long, Map<LocalDateTime, MeetingOptions>> busy = new HashMap<>();
        Map<Long, Integer> meetingCount = new HashMap<>();
        Map<LocalDateTime, Set<Long>> tablesInUse = new HashMap<>();
        for (MeetingOptions o : options) {
            Meeting m = o.meeting();
            if (m.isScheduled()) {
                for (Participant p : List.of(m.participantA, m.participantB)) {
                    busy.computeIfAbsent(p.id, k -> new HashMap<>()).put(m.start, o);
                    meetingCount.merge(p.id, 1, Integer::sum);
                }
                tablesInUse.computeIfAbsent(m.start, k -> new HashSet<>()).add(m.table.id);
            }
        }
        Set<Long> fixedTables = new HashSet<>();
        data.participants().forEach(p -> {
            if (p.table != null) {
                fixedTables.add(p.table.id);
            }
        });
        Map<Meeting, String> reasons = new LinkedHashMap<>();
        for (MeetingOptions o : options) {
            if (!o.meeting().isScheduled()) {
                reasons.put(o.meeting(), explain(o, data.tables(), fixedTables, busy, meetingCount, tablesInUse));
            }
        }
        return reasons;
    }

    private static String explain(MeetingOptions o, List<EventTable> tables, Set<Long> fixedTables,
            Map<Long, Map<LocalDateTime, MeetingOptions>> busy, Map<Long, Integer> meetingCount,
            Map<LocalDateTime, Set<Long>> tablesInUse) {
        if (o.slots().isEmpty()) {
            return whyNoSlot(o);
        }
        for (Participant p : List.of(o.participantA(), o.participantB())) {
            if (p.maxMeetings != null && meetingCount.getOrDefault(p.id, 0) >= p.maxMeetings) {
                return name(p) + " has reached its maximum of " + p.maxMeetings + " meetings.";
            }
        }
        int busyA = 0;
        int busyB = 0;
        int noTable = 0;
        boolean worthMoreA = true;
        boolean worthMoreB = true;
        for (Timeslot slot : o.slots()) {
            LocalDateTime start = slot.startDateTime();
            MeetingOptions a = busy.getOrDefault(o.participantA().id, Map.of()).get(start);
            MeetingOptions b = busy.getOrDefault(o.participantB().id, Map.of()).get(start);
            if (a != null) {
                busyA++;
                worthMoreA &= a.priority() >= o.priority();
            }
            if (b != null) {
                busyB++;
                worthMoreB &= b.priority() >= o.priority();
            }
            if (a == null && b == null) {
                if (hasFreeTable(o, tables, fixedTables, tablesInUse.getOrDefault(start, Set.of()))) {
                    return "It could still take place at " + TextFormats.format(start) + ": solve again to place"
                            + " it.";
                }
                noTable++;
            }
        }
        int k = o.slots().size();
        String slotsText = k == 1 ? "the only slot the two can share" : "all " + k + " slots the two can share";
        if (busyA == k) {
            return name(o.participantA()) + (worthMoreA ? " has meetings worth as much or more in " : " is busy in ")
                    + slotsText + ".";
        }
        if (busyB == k) {
            return name(o.participantB()) + (worthMoreB ? " has meetings worth as much or more in " : " is busy in ")
                    + slotsText + ".";
        }
        if (noTable == k) {
            return "No suitable table is free in " + slotsText + ".";
        }
        return "Every one of the " + k + " slots the two can share is taken: " + name(o.participantA())
                + " is busy in " + busyA + ", " + name(o.participantB()) + " in " + busyB
                + (noTable > 0 ? ", and no table is free in " + noTable : "") + ".";
    }

    /** Hosts keep their fixed tables, and a fixed table hosts only its owner's meetings. */
    private static boolean hasFreeTable(MeetingOptions o, List<EventTable> tables, Set<Long> fixedTables,
            Set<Long> inUse) {
        EventTable tableA = o.participantA().table;
        EventTable tableB = o.participantB().table;
        if (tableA != null || tableB != null) {
            return (tableA != null && !inUse.contains(tableA.id)) || (tableB != null && !inUse.contains(tableB.id));
        }
        for (EventTable table : tables) {
            if (!fixedTables.contains(table.id) && !inUse.contains(table.id)) {
                return true;
            }
        }
        return false;
    }

    static String name(Participant p) {
        return p.organisation == null || p.organisation.isBlank() ? p.name : p.name + " (" + p.organisation + ")";
    }
}
