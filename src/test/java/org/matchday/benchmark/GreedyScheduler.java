package org.matchday.benchmark;

import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the solver must beat, the one the benchmark and the solver tests measure against: first come, first
 * served, as a spreadsheet organiser would place meetings. Meetings go in the order their first request came in,
 * each at the earliest slot where both are free and a suitable table is left; meetings already placed stay. Keeps
 * every hard rule; optimises nothing.
 */
public final class GreedyScheduler {

    private GreedyScheduler() {
    }

    /** Places the event's meetings first come, first served, writing slots and tables onto the rows. */
    public static void schedule(EventData data) {
        Map<Meeting, MeetingOptions> options = new HashMap<>();
        for (MeetingOptions o : MeetingOptions.of(data)) {
            options.put(o.meeting(), o);
        }
        Map<String, Meeting> byPair = new HashMap<>();
        for (Meeting m : data.meetings()) {
            byPair.put(m.participantA.id + ":" + m.participantB.id, m);
        }
        Map<Meeting, Boolean> order = new LinkedHashMap<>();
        for (MeetingRequest r : data.requests()) {
            Participant a = r.from.id < r.to.id ? r.from : r.to;
            Participant b = r.from.id < r.to.id ? r.to : r.from;
            Meeting m = byPair.get(a.id + ":" + b.id);
            if (m != null) {
                order.putIfAbsent(m, true);
            }
        }
        data.meetings().forEach(m -> order.putIfAbsent(m, true));

        Set<Long> fixedTables = new HashSet<>();
        data.participants().stream().filter(p -> p.table != null).forEach(p -> fixedTables.add(p.table.id));
        Map<String, Boolean> busy = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (Meeting m : order.keySet()) {
            if (m.isScheduled()) {
                book(m, m.start, m.table, busy, counts);
            }
        }
        for (Meeting m : order.keySet()) {
            if (m.isScheduled() || !withinCap(m.participantA, counts) || !withinCap(m.participantB, counts)) {
                continue;
            }
            for (Timeslot slot : options.get(m).slots()) {
                LocalDateTime start = slot.startDateTime();
                if (busy.containsKey("p" + m.participantA.id + start) || busy.containsKey("p" + m.participantB.id + start)) {
                    continue;
                }
                EventTable table = freeTable(m, start, data.tables(), fixedTables, busy);
                if (table != null) {
                    m.session = data.sessions().stream().filter(s -> s.code.equals(slot.session())).findFirst()
                            .orElseThrow();
                    m.start = start;
                    m.end = slot.endDateTime();
                    m.table = table;
                    book(m, start, table, busy, counts);
                    break;
                }
            }
        }
    }

    private static boolean withinCap(Participant p, Map<Long, Integer> counts) {
        return p.maxMeetings == null || counts.getOrDefault(p.id, 0) < p.maxMeetings;
    }

    private static void book(Meeting m, LocalDateTime start, EventTable table, Map<String, Boolean> busy,
            Map<Long, Integer> counts) {
        busy.put("p" + m.participantA.id + start, true);
        busy.put("p" + m.participantB.id + start, true);
        busy.put("t" + table.id + start, true);
        counts.merge(m.participantA.id, 1, Integer::sum);
        counts.merge(m.participantB.id, 1, Integer::sum);
    }

    private static EventTable freeTable(Meeting m, LocalDateTime start, List<EventTable> tables, Set<Long> fixed,
            Map<String, Boolean> busy) {
        List<EventTable> candidates = new ArrayList<>();
        if (m.participantA.table != null) {
            candidates.add(m.participantA.table);
        }
        if (m.participantB.table != null) {
            candidates.add(m.participantB.table);
        }
        if (candidates.isEmpty()) {
            tables.stream().filter(t -> !fixed.contains(t.id)).forEach(candidates::add);
        }
        for (EventTable t : candidates) {
            if (!busy.containsKey("t" + t.id + start)) {
                return t;
            }
        }
        return null;
    }
}
