package org.matchday.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A Kempe chain aimed at a break: one participant of a random meeting has another meeting that day, and the
 * meeting moves next to it, taking along everyone who stands in the way (the chain). Random target slots mostly
 * open breaks elsewhere; slots next to the participant's own meetings are where its breaks close.
 */
public class BreakClosingMoveFactory extends SampledMoveFactory {

    @Override
    SlotReassignmentMove sample(MeetingIndex index, MeetingAssignment start, Random random) {
        Slot from = start.getSlot();
        if (from == null) {
            return KempeChainMoveFactory.none(start);
        }
        Attendee attendee = start.attendees().get(random.nextInt(2));
        List<Slot> day = index.slotsOfDay(from.day());
        List<Slot> besideOthers = new ArrayList<>(4);
        for (MeetingAssignment other : index.meetingsOf(attendee)) {
            Slot slot = other.getSlot();
            if (other != start && slot != null && slot.day() == from.day()) {
                addIfFree(index, attendee, day, slot.indexInDay() - 1, besideOthers);
                addIfFree(index, attendee, day, slot.indexInDay() + 1, besideOthers);
            }
        }
        if (besideOthers.isEmpty()) {
            return KempeChainMoveFactory.none(start);
        }
        Slot to = besideOthers.get(random.nextInt(besideOthers.size()));
        return to == from ? KempeChainMoveFactory.none(start) : KempeChainMoveFactory.chain(index, start, from, to);
    }

    private static void addIfFree(MeetingIndex index, Attendee attendee, List<Slot> day, int indexInDay,
            List<Slot> targets) {
        if (indexInDay >= 0 && indexInDay < day.size()) {
            Slot slot = day.get(indexInDay);
            if (attendee.isAvailable(slot) && index.meetingAt(attendee, slot) == null) {
                targets.add(slot);
            }
        }
    }
}
