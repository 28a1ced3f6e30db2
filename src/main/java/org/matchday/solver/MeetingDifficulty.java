package org.matchday.solver;

import java.util.Comparator;

/**
 * Orders meetings from easiest to hardest to place, so that the construction heuristic places the valuable and
 * the tightly constrained ones first: higher priority first, then fewer candidate slots.
 */
public class MeetingDifficulty implements Comparator<MeetingAssignment> {

    private static final Comparator<MeetingAssignment> ORDER = Comparator
            .comparingInt(MeetingAssignment::getPriority)
            .thenComparing(Comparator.comparingInt((MeetingAssignment m) -> m.getCandidateSlots().size()).reversed())
            .thenComparing(MeetingAssignment::getId, Comparator.reverseOrder());

    @Override
    public int compare(MeetingAssignment left, MeetingAssignment right) {
        return ORDER.compare(left, right);
    }
}
