package org.matchday.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Brings an unscheduled meeting into one of its candidate slots and takes out the meetings its participants have
 * there. Where a participant has no free slot left (the popular ones of large events), no chain can make room:
 * only trading a meeting for a more valuable one raises the priority, and only this move trades.
 */
public class ReplacementMoveFactory extends InsertionChainMoveFactory {

    @Override
    SlotReassignmentMove sample(MeetingIndex index, MeetingAssignment start, Random random) {
        Slot to = slotForNewcomer(start, random);
        if (to == null) {
            return KempeChainMoveFactory.none(start);
        }
        List<MeetingAssignment> meetings = new ArrayList<>(3);
        List<Slot> targets = new ArrayList<>(3);
        meetings.add(start);
        targets.add(to);
        int given = 0;
        for (Attendee attendee : start.attendees()) {
            MeetingAssignment occupant = index.meetingAt(attendee, to);
            if (occupant != null && !meetings.contains(occupant)) {
                if (occupant.isPinned()) {
                    return KempeChainMoveFactory.none(start);
                }
                meetings.add(occupant);
                targets.add(null);
                given += occupant.getPriority();
            }
        }
        // Giving up more than is gained cannot raise the priority; nor can a move that takes nothing out (the
        // plain change move already tries those).
        if (meetings.size() == 1 || given > start.getPriority()) {
            return KempeChainMoveFactory.none(start);
        }
        return new SlotReassignmentMove("Replacement", meetings, targets);
    }
}
