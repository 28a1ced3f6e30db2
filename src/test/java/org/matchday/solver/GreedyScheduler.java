package org.matchday.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the solver must beat: first come, first served. In the order the pairs first asked (meeting id
 * order), each meeting takes the earliest slot where both are free, a table is free and nobody is full.
 */
public final class GreedyScheduler {

    private GreedyScheduler() {
    }

    public static void schedule(Schedule schedule) {
        Map<Attendee, BitSet> busy = new HashMap<>();
        Map<Attendee, Integer> count = new HashMap<>();
        Map<Integer, Integer> freeTablesUsed = new HashMap<>();
        Set<String> tablesUsed = new HashSet<>();
        List<MeetingAssignment> order = new ArrayList<>(schedule.getMeetings());
        order.sort(Comparator.comparing((MeetingAssignment m) -> !m.isPinned())
                .thenComparing(MeetingAssignment::getId));
        for (MeetingAssignment m : order) {
            if (!m.isPinned()) {
                m.setSlot(null);
                if (full(m.getA(), count) || full(m.getB(), count)) {
                    continue;
                }
                for (Slot s : m.getCandidateSlots()) {
                    boolean tableFree = m.needsFreeTable()
                            ? freeTablesUsed.getOrDefault(s.index(), 0) < s.freeTables()
                            : !tablesUsed.contains(m.table().code() + "@" + s.index());
                    if (tableFree && !isBusy(busy, m.getA(), s) && !isBusy(busy, m.getB(), s)) {
                        m.setSlot(s);
                        break;
                    }
                }
            }
            Slot s = m.getSlot();
            if (s != null) {
                for (Attendee a : m.attendees()) {
                    busy.computeIfAbsent(a, k -> new BitSet()).set(s.index());
                    count.merge(a, 1, Integer::sum);
                }
                if (m.needsFreeTable()) {
                    freeTablesUsed.merge(s.index(), 1, Integer::sum);
                } else {
                    tablesUsed.add(m.table().code() + "@" + s.index());
                }
            }
        }
    }

    private static boolean full(Attendee a, Map<Attendee, Integer> count) {
        return a.maxMeetings() != null && count.getOrDefault(a, 0) >= a.maxMeetings();
    }

    private static boolean isBusy(Map<Attendee, BitSet> busy, Attendee a, Slot s) {
        BitSet slots = busy.get(a);
        return slots != null && slots.get(s.index());
    }
}
