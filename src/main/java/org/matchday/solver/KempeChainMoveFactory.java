package org.matchday.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Exchanges two slots of a day for a connected group of meetings (a Kempe chain): starting from one meeting,
 * every meeting that shares a participant with a chain member in the other slot joins the chain, and the whole
 * chain swaps slots. No participant is double-booked by it, so whole blocks of a day can shift to close breaks
 * where single changes would each clash.
 */
public class KempeChainMoveFactory extends SampledMoveFactory {

    /** Longer chains rarely fit every member's candidate slots and cost more to evaluate. */
    private static final int MAX_CHAIN = 16;

    @Override
    SlotReassignmentMove sample(MeetingIndex index, MeetingAssignment start, Random random) {
        Slot from = start.getSlot();
        if (from == null) {
            return none(start);
        }
        List<Slot> day = index.slotsOfDay(from.day());
        Slot to = day.get(random.nextInt(day.size()));
        return to == from ? none(start) : chain(index, start, from, to);
    }

    /**
     * The chain that moves {@code start} to {@code to}, trading {@code from} and {@code to} for everyone it
     * reaches; {@code start} may be unscheduled (then {@code from} is only the slot its clashes move to). A chain
     * that would put one of start's participants twice into {@code to} is not doable.
     */
    static SlotReassignmentMove chain(MeetingIndex index, MeetingAssignment start, Slot from, Slot to) {
        List<MeetingAssignment> members = new ArrayList<>();
        List<Slot> targets = new ArrayList<>();
        Deque<Integer> queue = new ArrayDeque<>();
        members.add(start);
        targets.add(to);
        queue.add(0);
        while (!queue.isEmpty()) {
            int member = queue.poll();
            Slot target = targets.get(member);
            for (Attendee attendee : members.get(member).attendees()) {
                MeetingAssignment clash = index.meetingAt(attendee, target);
                if (clash != null && !members.contains(clash)) {
                    if (members.size() == MAX_CHAIN) {
                        return none(start);
                    }
                    members.add(clash);
                    targets.add(target == to ? from : to);
                    queue.add(members.size() - 1);
                }
            }
        }
        if (start.getSlot() == null) {
            for (int i = 1; i < members.size(); i++) {
                if (targets.get(i) == to && sharesAttendee(start, members.get(i))) {
                    return none(start);
                }
            }
        }
        return new SlotReassignmentMove(start.getSlot() == null ? "Insertion chain" : "Kempe chain", members,
                targets);
    }

    private static boolean sharesAttendee(MeetingAssignment one, MeetingAssignment other) {
        return one.attendees().contains(other.getA()) || one.attendees().contains(other.getB());
    }

    /** A move that is never doable: the selector skips it and samples again. */
    static SlotReassignmentMove none(MeetingAssignment meeting) {
        return new SlotReassignmentMove("Kempe chain", List.of(meeting), Collections.singletonList(meeting.getSlot()));
    }
}
