package org.matchday.solve;

import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.format.TextFormats;
import org.matchday.mapping.FairShares;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    /**
     * Why the hard rules rule a wish out whatever the schedule, with the rule's code and what it names (tables, or
     * the participant); null when some schedule can hold it. Mirrors the solver's hard rules: a common available
     * slot in an allowed session, maxMeetings, and a table (a host's fixed one, or a table no host keeps).
     */
    static CapacityReport.ImpossibleMeeting whyImpossible(MeetingOptions o, List<EventTable> tables,
            Set<Long> fixedTables) {
        List<String> pair = List.of(o.participantA().code, o.participantB().code);
        if (o.slots().isEmpty()) {
            return new CapacityReport.ImpossibleMeeting(pair, o.priority(), whyNoSlot(o),
                    o.allowedSessions().isEmpty() ? "NO_COMMON_SESSION" : "NO_COMMON_SLOT",
                    List.copyOf(o.allowedSessions()));
        }
        for (Participant p : List.of(o.participantA(), o.participantB())) {
            if (p.maxMeetings != null && p.maxMeetings == 0) {
                return new CapacityReport.ImpossibleMeeting(pair, o.priority(),
                        name(p) + " takes no meetings (its maxMeetings is 0).", "NO_MEETINGS_ALLOWED",
                        List.of(p.code));
            }
        }
        if (o.participantA().table != null || o.participantB().table != null) {
            return null;
        }
        if (tables.isEmpty()) {
            return new CapacityReport.ImpossibleMeeting(pair, o.priority(), "The event has no tables.", "NO_TABLES",
                    List.of());
        }
        List<String> reserved = new ArrayList<>();
        for (EventTable table : tables) {
            if (!fixedTables.contains(table.id)) {
                return null;
            }
            reserved.add(table.code);
        }
        return new CapacityReport.ImpossibleMeeting(pair, o.priority(), "Neither " + name(o.participantA()) + " nor "
                + name(o.participantB()) + " has a table of their own, and " + (reserved.size() == 1
                        ? "the only table (" + reserved.get(0) + ") is a host's fixed table"
                        : "all " + reserved.size() + " tables (" + String.join(", ", reserved)
                                + ") are hosts' fixed tables")
                + ": add a table no host keeps, or give one of them a table.", "NO_FREE_TABLE", reserved);
    }

    /** The tables some participant keeps as a fixed table. */
    static Set<Long> fixedTables(EventData data) {
        Set<Long> fixed = new HashSet<>();
        for (Participant p : data.participants()) {
            if (p.table != null) {
                fixed.add(p.table.id);
            }
        }
        return fixed;
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
        Set<Long> fixedTables = fixedTables(data);
        Map<Long, Integer> shares = new HashMap<>();
        FairShares.of(data, options).forEach((p, share) -> shares.put(p.id, share.share()));
        Map<Meeting, String> reasons = new LinkedHashMap<>();
        for (MeetingOptions o : options) {
            if (!o.meeting().isScheduled()) {
                reasons.put(o.meeting(), explain(o, data.tables(), fixedTables, busy, meetingCount, shares,
                        tablesInUse));
            }
        }
        return reasons;
    }

    private static String explain(MeetingOptions o, List<EventTable> tables, Set<Long> fixedTables,
            Map<Long, Map<LocalDateTime, MeetingOptions>> busy, Map<Long, Integer> meetingCount,
            Map<Long, Integer> shares, Map<LocalDateTime, Set<Long>> tablesInUse) {
        CapacityReport.ImpossibleMeeting impossible = whyImpossible(o, tables, fixedTables);
        if (impossible != null) {
            return impossible.reason();
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
        boolean keptA = true;
        boolean keptB = true;
        boolean everySlotKept = true;
        Set<Participant> owedA = new LinkedHashSet<>();
        Set<Participant> owedB = new LinkedHashSet<>();
        Set<Participant> decisive = new LinkedHashSet<>();
        for (Timeslot slot : o.slots()) {
            LocalDateTime start = slot.startDateTime();
            MeetingOptions a = busy.getOrDefault(o.participantA().id, Map.of()).get(start);
            MeetingOptions b = busy.getOrDefault(o.participantB().id, Map.of()).get(start);
            if (a == null && b == null) {
                if (hasFreeTable(o, tables, fixedTables, tablesInUse.getOrDefault(start, Set.of()))) {
                    return "It could still take place at " + TextFormats.format(start) + ": solve again to place"
                            + " it.";
                }
                noTable++;
                continue;
            }
            boolean aWorthMore = a != null && a.priority() >= o.priority();
            boolean bWorthMore = b != null && b.priority() >= o.priority();
            Participant forA = a == null || aWorthMore ? null : owedBy(a, o.participantA(), meetingCount, shares);
            Participant forB = b == null || bWorthMore ? null : owedBy(b, o.participantB(), meetingCount, shares);
            if (a != null) {
                busyA++;
                worthMoreA &= aWorthMore;
                keptA &= aWorthMore || forA != null;
                addIfPresent(owedA, forA);
            }
            if (b != null) {
                busyB++;
                worthMoreB &= bWorthMore;
                keptB &= bWorthMore || forB != null;
                addIfPresent(owedB, forB);
            }
            everySlotKept &= aWorthMore || bWorthMore || forA != null || forB != null;
            if (!aWorthMore && !bWorthMore) {
                addIfPresent(decisive, forA);
                addIfPresent(decisive, forB);
            }
        }
        int k = o.slots().size();
        String slotsText = k == 1 ? "the only slot the two can share" : "all " + k + " slots the two can share";
        if (busyA == k) {
            return busyInEverySlot(o.participantA(), worthMoreA, keptA ? owedA : Set.of(), slotsText);
        }
        if (busyB == k) {
            return busyInEverySlot(o.participantB(), worthMoreB, keptB ? owedB : Set.of(), slotsText);
        }
        if (noTable == k) {
            return "No suitable table is free in " + slotsText + ".";
        }
        if (everySlotKept && !decisive.isEmpty()) {
            return "Every one of the " + k + " slots the two can share is taken by meetings worth as much or more,"
                    + " or that " + neededForFairness(decisive) + (noTable > 0 ? ", or has no table free" : "") + ".";
        }
        return "Every one of the " + k + " slots the two can share is taken: " + name(o.participantA())
                + " is busy in " + busyA + ", " + name(o.participantB()) + " in " + busyB
                + (noTable > 0 ? ", and no table is free in " + noTable : "") + ".";
    }

    /** Why a participant busy in every shared slot keeps its meetings: their worth, or the fairness minimum. */
    private static String busyInEverySlot(Participant p, boolean worthMore, Set<Participant> keptForOthers,
            String slotsText) {
        if (worthMore) {
            return name(p) + " has meetings worth as much or more in " + slotsText + ".";
        }
        if (!keptForOthers.isEmpty()) {
            return name(p) + " is busy in " + slotsText + " with meetings worth as much or more, or that "
                    + neededForFairness(keptForOthers) + ".";
        }
        return name(p) + " is busy in " + slotsText + ".";
    }

    private static String neededForFairness(Set<Participant> participants) {
        List<String> names = participants.stream().map(MeetingExplanations::name).toList();
        String listed = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return listed + (names.size() == 1 ? " needs" : " need") + " for the fairness minimum";
    }

    private static void addIfPresent(Set<Participant> set, Participant participant) {
        if (participant != null) {
            set.add(participant);
        }
    }

    /**
     * The other participant of {@code blocker} when the fairness minimum keeps the meeting for it: without it, that
     * participant would have fewer meetings than it is owed. Null otherwise.
     */
    private static Participant owedBy(MeetingOptions blocker, Participant busyOne, Map<Long, Integer> meetingCount,
            Map<Long, Integer> shares) {
        Participant other = blocker.participantA().id.equals(busyOne.id) ? blocker.participantB()
                : blocker.participantA();
        return meetingCount.getOrDefault(other.id, 0) <= shares.getOrDefault(other.id, 0) ? other : null;
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
