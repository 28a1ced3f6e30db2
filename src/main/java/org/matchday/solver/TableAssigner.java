package org.matchday.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Hands out the tables of a solved schedule. The solver only counts free tables per slot, which is enough: free
 * tables are interchangeable, so any slot whose meetings fit in number can be seated. Seating then keeps people
 * still: a meeting keeps its explicit table, a published one its published table when its slot is unchanged,
 * and otherwise sits where one of its two participants sat last that day, so that one of them need not move.
 */
public final class TableAssigner {

    private TableAssigner() {
    }

    /** The table of every scheduled meeting; a meeting is left out only when its slot has no free table left. */
    public static Map<MeetingAssignment, Table> assign(Schedule schedule) {
        List<Table> freeTables = schedule.getTables().stream().filter(t -> !t.isFixed()).toList();
        Map<Slot, List<MeetingAssignment>> bySlot = new TreeMap<>(Comparator.comparingInt(Slot::index));
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (meeting.getSlot() != null) {
                bySlot.computeIfAbsent(meeting.getSlot(), s -> new ArrayList<>()).add(meeting);
            }
        }
        Map<MeetingAssignment, Table> seating = new IdentityHashMap<>();
        Map<Attendee, Table> lastTable = new HashMap<>();
        int day = -1;
        for (Map.Entry<Slot, List<MeetingAssignment>> entry : bySlot.entrySet()) {
            Slot slot = entry.getKey();
            if (slot.day() != day) {
                day = slot.day();
                lastTable.clear();
            }
            seatSlot(slot, entry.getValue(), freeTables, lastTable, seating);
        }
        return seating;
    }

    private static void seatSlot(Slot slot, List<MeetingAssignment> meetings, List<Table> freeTables,
            Map<Attendee, Table> lastTable, Map<MeetingAssignment, Table> seating) {
        Set<Table> taken = new HashSet<>();
        List<MeetingAssignment> unseated = new ArrayList<>();
        for (MeetingAssignment meeting : meetings) {
            if (meeting.table() != null) {
                seating.put(meeting, meeting.table());
                taken.add(meeting.table());
            } else {
                unseated.add(meeting);
            }
        }
        // Published places first: they are promises already made.
        unseated.sort(Comparator.comparing((MeetingAssignment m) -> m.getPublishedSlot() != slot)
                .thenComparing(MeetingAssignment::getId));
        List<MeetingAssignment> withoutWish = new ArrayList<>();
        for (MeetingAssignment meeting : unseated) {
            Table wished = firstFree(taken, meeting.getPublishedSlot() == slot ? meeting.getPublishedTable() : null,
                    lastTable.get(meeting.getA()), lastTable.get(meeting.getB()));
            if (wished != null) {
                seating.put(meeting, wished);
                taken.add(wished);
            } else {
                withoutWish.add(meeting);
            }
        }
        int next = 0;
        for (MeetingAssignment meeting : withoutWish) {
            while (next < freeTables.size() && taken.contains(freeTables.get(next))) {
                next++;
            }
            if (next < freeTables.size()) {
                seating.put(meeting, freeTables.get(next));
                taken.add(freeTables.get(next));
            }
        }
        for (MeetingAssignment meeting : meetings) {
            Table table = seating.get(meeting);
            if (table != null) {
                lastTable.put(meeting.getA(), table);
                lastTable.put(meeting.getB(), table);
            }
        }
    }

    private static Table firstFree(Set<Table> taken, Table... wishes) {
        for (Table wish : wishes) {
            if (wish != null && !wish.isFixed() && !taken.contains(wish)) {
                return wish;
            }
        }
        return null;
    }
}
