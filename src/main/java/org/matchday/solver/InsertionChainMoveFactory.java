package org.matchday.solver;

import java.util.List;
import java.util.Random;

/**
 * Brings an unscheduled meeting into one of its candidate slots and moves what stands in its way there: its
 * participants' meetings in that slot go to another slot of the day, which pulls that slot's clashing meetings back
 * (a Kempe chain that starts from the newcomer). The last meetings of a full forum fit only this way: every slot
 * both could take holds a meeting of one of them, and one-meeting changes would first have to unschedule it.
 */
public class InsertionChainMoveFactory extends SampledMoveFactory {

    /** The first unscheduled meeting from a random place on: cheap when many wait, still found when one does. */
    @Override
    MeetingAssignment pickStart(MeetingIndex index, Random random) {
        List<MeetingAssignment> movable = index.movable();
        int offset = random.nextInt(movable.size());
        for (int i = 0; i < movable.size(); i++) {
            MeetingAssignment meeting = movable.get((offset + i) % movable.size());
            if (meeting.getSlot() == null && !meeting.getCandidateSlots().isEmpty()) {
                return meeting;
            }
        }
        return movable.get(offset);
    }

    @Override
    SlotReassignmentMove sample(MeetingIndex index, MeetingAssignment start, Random random) {
        Slot to = slotForNewcomer(start, random);
        if (to == null) {
            return KempeChainMoveFactory.none(start);
        }
        List<Slot> day = index.slotsOfDay(to.day());
        Slot other = day.get(random.nextInt(day.size()));
        return other == to ? KempeChainMoveFactory.none(start) : KempeChainMoveFactory.chain(index, start, other, to);
    }

    /** A random candidate slot of an unscheduled meeting, or null when it is scheduled or has none. */
    static Slot slotForNewcomer(MeetingAssignment start, Random random) {
        List<Slot> candidates = start.getCandidateSlots();
        return start.getSlot() != null || candidates.isEmpty() ? null
                : candidates.get(random.nextInt(candidates.size()));
    }
}
