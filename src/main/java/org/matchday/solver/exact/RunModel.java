package org.matchday.solver.exact;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.Slot;
import org.matchday.solver.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The break search's run model of a one-day event, the meeting set fixed: one integer per scheduled meeting (its
 * slot, over its candidate slots), and per participant a first slot, its idle slots and a flag "has a gap"; its
 * meetings take different slots from the first one on, within its meetings plus its idle slots, and the idle
 * slots are 0 unless flagged. Minimised, the flags and then the idle slots: 0 exactly when no participant has a
 * break, each flagged participant has at most its idle slots as breaks. Without booleans per meeting and slot it is
 * small (the all-different over a window of the meeting count is where CP-SAT propagates), so it is built only where
 * the tables cannot bind (see {@link #of}); the rulebook scores whatever it finds.
 */
final class RunModel {

    final CpModel model = new CpModel();
    final LinearExpr objective;
    private final Map<MeetingAssignment, IntVar> slotOf = new IdentityHashMap<>();
    private final Map<Integer, Slot> slotByIndex = new HashMap<>();

    private RunModel(Schedule schedule) {
        schedule.getSlots().forEach(s -> slotByIndex.put(s.index(), s));
        int first = schedule.getSlots().stream().mapToInt(Slot::index).min().orElse(0);
        int last = schedule.getSlots().stream().mapToInt(Slot::index).max().orElse(0);
        Map<Attendee, List<LinearExpr>> placed = new LinkedHashMap<>();
        Map<Attendee, List<Integer>> now = new LinkedHashMap<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (meeting.getSlot() == null) {
                continue;
            }
            LinearExpr at;
            if (meeting.isPinned()) {
                at = LinearExpr.constant(meeting.getSlot().index());
            } else {
                long[] candidates = meeting.getCandidateSlots().stream().mapToLong(Slot::index).toArray();
                IntVar slot = model.newIntVarFromDomain(Domain.fromValues(candidates), "slot");
                model.addHint(slot, meeting.getSlot().index());
                slotOf.put(meeting, slot);
                at = LinearExpr.term(slot, 1);
            }
            for (Attendee attendee : meeting.attendees()) {
                placed.computeIfAbsent(attendee, a -> new ArrayList<>()).add(at);
                now.computeIfAbsent(attendee, a -> new ArrayList<>()).add(meeting.getSlot().index());
            }
        }
        objective = windows(model, placed, now, first, last);
        model.minimize(objective);
    }

    /**
     * Each participant's meetings in a window from a first slot, its meeting count plus its idle slots wide, on
     * different slots: the breaks objective, a gap outweighing any number of idle slots, so that 0 means nobody has a
     * break. Hinted from the slots the participants have now. Shared with the same model over meeting-and-slot
     * booleans ({@link ExactModel}), where the tables can bind.
     *
     * @param placed each participant's meetings as slot expressions
     * @param hinted the slots those meetings have in the schedule the search starts from
     */
    static LinearExpr windows(CpModel model, Map<Attendee, List<LinearExpr>> placed,
            Map<Attendee, List<Integer>> hinted, int first, int last) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        placed.forEach((attendee, slots) -> {
            int count = slots.size();
            if (count < 2) {
                return;
            }
            List<Integer> hints = hinted.get(attendee);
            int low = hints.stream().mapToInt(Integer::intValue).min().orElse(first);
            int high = hints.stream().mapToInt(Integer::intValue).max().orElse(first);
            int most = last - first + 1 - count;
            IntVar start = model.newIntVar(first, last - count + 1, "start");
            IntVar idle = model.newIntVar(0, most, "idle");
            BoolVar gap = model.newBoolVar("gap");
            model.addHint(start, Math.min(low, last - count + 1));
            model.addHint(idle, Math.max(0, high - low + 1 - count));
            model.addHint(gap, high - low + 1 > count ? 1 : 0);
            model.addLessOrEqual(idle, LinearExpr.term(gap, most));
            for (LinearExpr at : slots) {
                model.addGreaterOrEqual(at, start);
                model.addLessOrEqual(at, LinearExpr.newBuilder().add(start).add(idle).add(count - 1));
            }
            model.addAllDifferent(slots.toArray(LinearExpr[]::new));
            sum.addTerm(gap, last - first + 2).add(idle);
        });
        return sum.build();
    }

    /**
     * The run model of {@code schedule}'s meeting set, or null where it does not apply: an event of several days,
     * tables that could run short in some slot (more meetings without a host could take it than it has free
     * tables), or a host's fixed table that a pinned meeting also takes, which only the full model knows to share.
     */
    static RunModel of(Schedule schedule) {
        if (!ExactModel.oneDay(schedule)) {
            return null;
        }
        Set<Table> pinnedTables = new HashSet<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (meeting.isPinned() && meeting.getExplicitTable() != null) {
                pinnedTables.add(meeting.getExplicitTable());
            }
        }
        Map<Integer, Integer> couldNeed = new HashMap<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (!meeting.isPinned() && meeting.table() != null && pinnedTables.contains(meeting.table())) {
                return null;
            }
            if (meeting.getSlot() != null && meeting.needsFreeTable()) {
                List<Slot> slots = meeting.isPinned() ? List.of(meeting.getSlot()) : meeting.getCandidateSlots();
                slots.forEach(s -> couldNeed.merge(s.index(), 1, Integer::sum));
            }
        }
        // In one slot a participant meets once: at most half of them meet at all.
        int pairsAtMost = schedule.getAttendees().size() / 2;
        for (Slot slot : schedule.getSlots()) {
            if (Math.min(couldNeed.getOrDefault(slot.index(), 0), pairsAtMost) > slot.freeTables()) {
                return null;
            }
        }
        return new RunModel(schedule);
    }

    /** The slot of each free meeting in a solution, read through {@code value}. */
    Map<MeetingAssignment, Slot> read(ToLongFunction<IntVar> value) {
        Map<MeetingAssignment, Slot> slots = new IdentityHashMap<>();
        slotOf.forEach((meeting, slot) -> slots.put(meeting, slotByIndex.get((int) value.applyAsLong(slot))));
        return slots;
    }
}
