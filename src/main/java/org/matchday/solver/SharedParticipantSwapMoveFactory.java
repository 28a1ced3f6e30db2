package org.matchday.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Swaps the slots of two meetings that share a participant: that participant's day keeps its shape while the
 * two others trade places, and an unscheduled meeting can take the slot of a less valuable one. Random swaps
 * between any two meetings almost never share anyone, so this picks the pair through the participant.
 */
public class SharedParticipantSwapMoveFactory implements MoveIteratorFactory<Schedule, SlotReassignmentMove> {

    private MeetingIndex index;

    @Override
    public void phaseStarted(ScoreDirector<Schedule> scoreDirector) {
        index = new MeetingIndex(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<Schedule> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return index == null ? 0 : index.movable().size() * 8L;
    }

    @Override
    public Iterator<SlotReassignmentMove> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("Only random selection: the neighbourhood is sampled, not listed.");
    }

    @Override
    public Iterator<SlotReassignmentMove> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index.movable().isEmpty();
            }

            @Override
            public SlotReassignmentMove next() {
                MeetingAssignment first = index.movable().get(random.nextInt(index.movable().size()));
                List<MeetingAssignment> shared = index.meetingsOf(first.attendees().get(random.nextInt(2)));
                MeetingAssignment second = shared.get(random.nextInt(shared.size()));
                return new SlotReassignmentMove("Shared participant swap", List.of(first, second),
                        java.util.Arrays.asList(second.getSlot(), first.getSlot()));
            }
        };
    }
}
