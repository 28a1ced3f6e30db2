package org.matchday.solver;

import java.util.Comparator;

/**
 * Orders meetings from easiest to hardest to place, so that the construction heuristic places the needed, the
 * valuable and the tightly constrained ones first: a meeting a participant cannot do without for its fair share
 * first (placed last, it finds its partner's slots taken), then higher priority, then fewer candidate slots.
 */
public class MeetingDifficulty implements Comparator<MeetingAssignment> {

    private static final Comparator<MeetingAssignment> ORDER = Comparator
            .comparing((MeetingAssignment m) -> m.getA().needsEveryMeeting() || m.getB().needsEveryMeeting())
            .thenComparingInt(MeetingAssignment::getPriority)
            .thenComparing(Comparator.comparingInt((MeetingAssignment m) -> m.getCandidateSlots().size()).reversed())
            .thenComparing(MeetingAssignment::getId, Comparator.reverseOrder());

    @Override
    public int compare(MeetingAssignment left, MeetingAssignment right) {
        return ORDER.compare(left, right);
    }
}
